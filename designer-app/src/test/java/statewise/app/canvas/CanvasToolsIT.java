package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import statewise.app.actions.ActionRegistry;
import statewise.app.inspector.InspectorView;
import statewise.app.outline.StateOutlineView;
import statewise.app.session.Analysis;
import statewise.app.session.DocumentSource;
import statewise.app.session.NodePositions;
import statewise.layout.Box;
import statewise.layout.Point;

/** The canvas's tools: hover, zoom, minimap, copy and paste, keys, find, the context pad, multi-selection, align. */
class CanvasToolsIT {

    private static final String FLOW = """
            {
              "StartAt": "Receive",
              "States": {
                "Receive": {"Type": "Pass", "Comment": "Takes the order in", "Next": "Ship"},
                "Ship": {"Type": "Pass", "Next": "Done"},
                "Done": {"Type": "Succeed"}
              }
            }
            """;

    @RegisterExtension
    final CanvasDriver ui = CanvasDriver.opening(FLOW);

    @Test
    void restingOnAStateShowsItsComment(FxRobot robot) throws Exception {
        robot.moveTo(ui.screen(ui.centre("/States/Receive")));
        robot.moveBy(2, 1);
        CanvasDriver.await(() -> shownTooltip() != null);

        assertTrue(shownTooltip().getText().contains("Takes the order in"), shownTooltip().getText());
    }

    @Test
    void wheelKeysAndFitZoomTheView(FxRobot robot) throws Exception {
        double first = ui.canvas.viewportProperty().get().scale();

        robot.moveTo(ui.screen(ui.centre("/States/Ship"))).scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        double wheeled = ui.canvas.viewportProperty().get().scale();
        robot.clickOn(ui.canvas.node()).press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        double keyed = ui.canvas.viewportProperty().get().scale();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertNotEquals(first, wheeled, 1e-9);
        assertEquals(wheeled * Viewport.STEP, keyed, 1e-6);
        Box all = new Box(0, 0, ui.canvas.layout().size().width(), ui.canvas.layout().size().height());
        assertTrue(ui.canvas.viewportProperty().get().visible(ui.canvas.node().getWidth(),
                ui.canvas.node().getHeight()).contains(all), "fit shows the whole diagram");
    }

    @Test
    void clickingTheMinimapMovesTheViewThere(FxRobot robot) throws Exception {
        for (int i = 0; i < 6; i++) {
            robot.interact(() -> ui.window.actions().run(ActionRegistry.ZOOM_IN));
        }
        robot.interact(() -> ui.canvas.setViewport(ui.canvas.viewportProperty().get().centredOn(
                ui.centre("/States/Receive"), ui.canvas.node().getWidth(), ui.canvas.node().getHeight())));
        CanvasDriver.await(() -> robot.lookup("#" + Minimap.ID).query().isVisible());
        Node picture = robot.lookup("#" + Minimap.PICTURE_ID).query();
        Bounds map = picture.localToScreen(picture.getBoundsInLocal());

        robot.clickOn(map.getMinX() + map.getWidth() / 2, map.getMaxY() - 6);
        WaitForAsyncUtils.waitForFxEvents();

        Box shown = ui.canvas.viewportProperty().get().visible(ui.canvas.node().getWidth(),
                ui.canvas.node().getHeight());
        assertTrue(shown.overlaps(ui.node("/States/Done").box()), "the view moved down to the end: " + shown);
        assertTrue(!shown.overlaps(ui.node("/States/Receive").box()), "and away from the start: " + shown);
    }

    @Test
    void copyAndPasteWorkWithinAndAcrossDocuments(FxRobot robot) throws Exception {
        robot.clickOn(ui.screen(ui.centre("/States/Ship")));
        robot.press(KeyCode.CONTROL).type(KeyCode.C).type(KeyCode.V).release(KeyCode.CONTROL);
        ui.awaitDrawn();
        assertTrue(ui.states().containsKey("Ship (1)"), ui.text());

        String other = "{\"StartAt\": \"Only\", \"States\": {\"Only\": {\"Type\": \"Succeed\"}}}";
        robot.interact(() -> ui.window.session().load(DocumentSource.unsaved("other.asl.json"),
                Analysis.of("other.asl.json", other), NodePositions.none(), true));
        ui.awaitDrawn();
        robot.clickOn(ui.screen(ui.centre("/States/Only")));
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        ui.awaitDrawn();

        assertTrue(ui.states().containsKey("Ship"), ui.text());
        assertTrue(ui.states().containsKey("Only"), ui.text());
    }

    @Test
    void arrowsFollowTheFlowAndFindSelectsByName(FxRobot robot) throws Exception {
        robot.clickOn(ui.screen(new Point(ui.canvas.layout().size().width() + 40, 10)));

        robot.type(KeyCode.DOWN);
        assertEquals(List.of("/States/Receive"), ui.canvas.selectedIds());
        robot.type(KeyCode.DOWN);
        assertEquals(List.of("/States/Ship"), ui.canvas.selectedIds());
        robot.type(KeyCode.UP);
        assertEquals(List.of("/States/Receive"), ui.canvas.selectedIds());

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        TextField find = robot.lookup("#" + FindField.ID).queryAs(TextField.class);
        assertTrue(find.isFocused());
        robot.write("don").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("/States/Done"), ui.canvas.selectedIds());
        assertEquals("/States/Done", ui.window.session().selectionProperty().get().pointer());
    }

    @Test
    void theContextPadAppendsAStateOfTheChosenType(FxRobot robot) throws Exception {
        robot.clickOn(ui.screen(ui.centre("/States/Receive")));
        CanvasDriver.await(() -> robot.lookup("#" + ContextPad.ID).query().isVisible());

        robot.clickOn("#pad-append");
        robot.clickOn("#pad-append-wait");
        ui.awaitDrawn();

        assertEquals("Wait", ui.states().get("Receive").next());
        assertEquals("Ship", ui.states().get("Wait").next());
        assertEquals(List.of("/States/Wait"), ui.canvas.selectedIds());
    }

    @Test
    void aMultiSelectionIsSharedAndAlignsAsOneStep(FxRobot robot) throws Exception {
        robot.clickOn(ui.screen(ui.centre("/States/Receive")));
        robot.press(KeyCode.SHIFT).clickOn(ui.screen(ui.centre("/States/Done"))).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(2, ui.window.session().selectionProperty().get().count());
        assertTrue(robot.lookup("#" + InspectorView.EMPTY_ID).queryAs(Label.class).getText()
                .startsWith("2 states selected"));
        ListView<?> outline = robot.lookup("#" + StateOutlineView.LIST_ID).queryAs(ListView.class);
        assertEquals(2, outline.getSelectionModel().getSelectedItems().size());

        robot.interact(() -> ui.window.actions().run(CanvasActions.arrangeId(Arrange.ALIGN_RIGHT)));
        ui.awaitDrawn();
        NodePositions positions = ui.window.session().document().positions();
        assertEquals(ui.node("/States/Receive").box().right(), ui.node("/States/Done").box().right(), 0.5);
        assertTrue(positions.get("/States/Receive") != null && positions.get("/States/Done") != null);
        robot.interact(() -> ui.window.actions().run(ActionRegistry.UNDO));
        ui.awaitDrawn();
        assertTrue(ui.window.session().document().positions().isEmpty());
    }

    private static Tooltip shownTooltip() {
        for (Window window : Window.getWindows()) {
            if (window instanceof Tooltip tip && tip.isShowing()
                    && tip.getStyleClass().contains(HoverTip.STYLE_CLASS)) {
                return tip;
            }
        }
        return null;
    }
}
