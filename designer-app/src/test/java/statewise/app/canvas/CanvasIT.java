package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import statewise.app.actions.ActionRegistry;
import statewise.app.editor.AslEditor;
import statewise.app.fx.Screenshots;
import statewise.engine.model.State;
import statewise.layout.Box;
import statewise.layout.LayoutResult;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;

/** The canvas driven as a user would: palette drops, rename in place, delete, connect, undo, and the editor's sync. */
class CanvasIT {

    private static final String FLOW = CanvasDriver.THREE_STATES;

    @RegisterExtension
    final CanvasDriver ui = CanvasDriver.opening(FLOW);

    @Test
    void aPassDroppedOnAnEdgeIsWiredIntoTheFlow(FxRobot robot) throws Exception {
        RoutedEdge aToB = edge("/States/A/Next");

        robot.drag("#palette-pass").dropTo(ui.screen(middle(aToB)));
        ui.awaitDrawn();

        Map<String, State> states = ui.states();
        assertEquals("Pass", states.get("A").next());
        assertEquals("B", states.get("Pass").next());
        assertTrue(ui.text().contains("\"Pass\": {"), ui.text());
        assertNotNull(ui.canvas.layout().node("/States/Pass"));
        assertEquals("Add Pass state 'Pass'", ui.window.session().undoLabelProperty().get());
        save(robot, "canvas-drop-on-edge.png");
    }

    @Test
    void renamingInPlaceRewritesEveryReference(FxRobot robot) throws Exception {
        robot.clickOn(ui.screen(ui.centre("/States/B")));
        robot.type(KeyCode.F2);
        TextField field = robot.lookup("#" + RenameField.ID).queryAs(TextField.class);
        // Enter typed before the field has focus would reach the canvas and open a second rename.
        CanvasDriver.await(field::isFocused);
        robot.interact(() -> field.setText("Checkout"));
        robot.type(KeyCode.ENTER);
        ui.awaitDrawn();

        assertTrue(ui.text().contains("\"A\": {\"Type\": \"Pass\", \"Next\": \"Checkout\"}"), ui.text());
        assertTrue(ui.text().contains("\"Checkout\": {\"Type\": \"Pass\", \"Next\": \"C\"}"), ui.text());
        assertNotNull(ui.canvas.layout().node("/States/Checkout"));
    }

    @Test
    void deletingAStateReconnectsTheFlow(FxRobot robot) throws Exception {
        robot.clickOn(ui.screen(ui.centre("/States/B")));
        robot.type(KeyCode.DELETE);
        ui.awaitDrawn();

        assertEquals("C", ui.states().get("A").next());
        assertTrue(!ui.states().containsKey("B"));
        assertEquals(null, ui.canvas.layout().node("/States/B"));
    }

    @Test
    void oneUndoHistoryCoversCanvasAndEditor(FxRobot robot) throws Exception {
        LayoutResult drawn = ui.canvas.layout();
        robot.clickOn(ui.screen(ui.centre("/States/B")));
        robot.type(KeyCode.DELETE);
        ui.awaitDrawn();
        String afterDelete = ui.text();
        CodeArea area = robot.lookup("#" + AslEditor.AREA_ID).queryAs(CodeArea.class);
        robot.interact(() -> area.insertText(area.getLength(), "\n"));
        ui.awaitDrawn();

        robot.interact(() -> ui.window.actions().run(ActionRegistry.UNDO));
        ui.awaitDrawn();
        assertEquals(afterDelete, ui.text());
        robot.interact(() -> ui.window.actions().run(ActionRegistry.UNDO));
        ui.awaitDrawn();
        assertEquals(FLOW, ui.text());
        assertEquals(FLOW, area.getText());
        assertSame(drawn, ui.canvas.layout(), "the diagram is back as it was drawn, routes included");

        robot.interact(() -> ui.window.actions().run(ActionRegistry.REDO));
        ui.awaitDrawn();
        assertEquals(afterDelete, area.getText());
        assertEquals(null, ui.canvas.layout().node("/States/B"));
    }

    @Test
    void typingInTheEditorAddsTheNodeAndBrokenTextMarksTheDiagramStale(FxRobot robot) throws Exception {
        CodeArea area = robot.lookup("#" + AslEditor.AREA_ID).queryAs(CodeArea.class);
        int at = FLOW.indexOf("\"C\": {");

        robot.interact(() -> area.insertText(at, "\"D\": {\"Type\": \"Fail\"},\n    "));
        CanvasDriver.await(() -> ui.canvas.layout().node("/States/D") != null);

        robot.interact(() -> area.insertText(0, "{"));
        CanvasDriver.await(() -> ui.window.session().document().analysed());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#" + CanvasView.STALE_ID).queryAs(Label.class).isVisible());
        assertNotNull(ui.canvas.layout().node("/States/D"));
    }

    @Test
    void aRefusedConnectionSaysWhyInTheStatusBar(FxRobot robot) throws Exception {
        robot.clickOn(ui.screen(ui.centre("/States/A")));
        Box a = ui.node("/States/A").box();

        robot.drag(ui.screen(new Point(a.centerX(), a.bottom()))).dropTo(ui.screen(ui.centre("/States/C")));
        WaitForAsyncUtils.waitForFxEvents();

        String note = robot.lookup("#status-note").queryAs(Label.class).getText();
        assertTrue(note.contains("already has a Next"), note);
        assertEquals(FLOW, ui.text());
    }

    // ---- helpers

    private RoutedEdge edge(String id) {
        return ui.canvas.layout().edges().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static Point middle(RoutedEdge edge) {
        Point a = edge.points().get(0);
        Point b = edge.points().get(1);
        return new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
    }

    private void save(FxRobot robot, String name) throws IOException {
        Screenshots.save(robot, ui.window.canvas().node().getScene(), name);
    }
}
