package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import statewise.app.actions.ActionRegistry;
import statewise.app.files.LayoutSidecar;
import statewise.engine.model.ChoiceState;
import statewise.layout.Box;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;

/** Edges as things of their own (select, delete, move their end), moving nodes, and the connect question. */
class CanvasEdgesIT {

    private static final String FLOW = """
            {
              "StartAt": "Charge",
              "States": {
                "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Check",
                  "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Failed"}]},
                "Check": {"Type": "Choice", "Choices": [
                  {"Variable": "$.ok", "BooleanEquals": true, "Next": "Ship"},
                  {"Variable": "$.ok", "BooleanEquals": false, "Next": "Failed"}]},
                "Ship": {"Type": "Pass", "Next": "Done"},
                "Done": {"Type": "Succeed"},
                "Failed": {"Type": "Fail"}
              }
            }
            """;

    @RegisterExtension
    final CanvasDriver ui = CanvasDriver.opening(FLOW);

    @Test
    void clickingACatchEdgeSelectsItAndDeleteRemovesTheCatcher(FxRobot robot) throws Exception {
        RoutedEdge catcher = ui.edge("/States/Charge", "/States/Failed");

        robot.clickOn(ui.screen(CanvasDriver.onEdge(catcher)));
        assertEquals(catcher.id(), ui.canvas.selection().edge().id());
        assertTrue(ui.canvas.diagram().edgeView(catcher.id()).handle().isVisible());
        robot.type(KeyCode.DELETE);
        ui.awaitDrawn();

        assertFalse(ui.text().contains("Catch"), ui.text());
        assertEquals("Delete catcher 1 of 'Charge'", ui.window.session().undoLabelProperty().get());
        robot.interact(() -> ui.window.actions().run(ActionRegistry.UNDO));
        ui.awaitDrawn();
        assertEquals(FLOW, ui.text());
    }

    @Test
    void theEdgeMenusDisconnectDeletesTheRuleUnderTheMouseInOneStep(FxRobot robot) throws Exception {
        RoutedEdge rule = ui.edge("/States/Check", "/States/Failed");
        Point2D onRule = ui.canvas.sceneOf(CanvasDriver.onEdge(rule));
        ContextMenu[] menu = new ContextMenu[1];

        robot.interact(() -> menu[0] = EdgeMenu.at(ui.canvas, onRule));
        assertEquals(rule.id(), ui.canvas.selection().edge().id(), "asking for the menu selects the edge");
        MenuItem disconnect = menu[0].getItems().get(0);
        assertEquals(EdgeMenu.DISCONNECT_ID, disconnect.getId());
        assertFalse(disconnect.isDisable());
        robot.interact(disconnect::fire);
        ui.awaitDrawn();

        assertFalse(ui.text().contains("\"BooleanEquals\": false"), ui.text());
        assertEquals(1, ((ChoiceState) ui.states().get("Check")).choices().size());
        assertEquals("Delete Choice rule 2 of 'Check'", ui.window.session().undoLabelProperty().get());
        robot.interact(() -> ui.window.actions().run(ActionRegistry.UNDO));
        ui.awaitDrawn();
        assertEquals(FLOW, ui.text());
    }

    @Test
    void deletingAnEdgeThatWouldStrandAStateIsRefusedWithAReason(FxRobot robot) throws Exception {
        robot.clickOn(ui.screen(CanvasDriver.onEdge(ui.edge("/States/Ship", "/States/Done"))));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(FLOW, ui.text());
        assertTrue(ui.note(robot).contains("Done"), ui.note(robot));
    }

    @Test
    void draggingASelectedEdgesEndOntoAnotherStateMovesItInOneStep(FxRobot robot) throws Exception {
        RoutedEdge rule = ui.edge("/States/Check", "/States/Failed");
        robot.clickOn(ui.screen(CanvasDriver.onEdge(rule)));

        robot.drag(ui.screen(rule.end())).dropTo(ui.screen(ui.centre("/States/Done")));
        ui.awaitDrawn();

        ChoiceState check = (ChoiceState) ui.states().get("Check");
        assertEquals("Done", check.choices().get(1).next());
        assertEquals(FLOW.replace("\"BooleanEquals\": false, \"Next\": \"Failed\"",
                "\"BooleanEquals\": false, \"Next\": \"Done\""), ui.text());
        robot.interact(() -> ui.window.actions().run(ActionRegistry.UNDO));
        ui.awaitDrawn();
        assertEquals(FLOW, ui.text());
    }

    @Test
    void movingANodePinsItInTheSidecarAndUndoUnpinsIt(FxRobot robot) throws Exception {
        Box before = ui.node("/States/Ship").box();

        robot.drag(ui.screen(ui.centre("/States/Ship"))).dropTo(ui.screen(
                new Point(before.centerX() + 160, before.centerY() + 30)));
        ui.awaitDrawn();

        assertNotNull(ui.window.session().document().positions().get("/States/Ship"));
        assertTrue(ui.node("/States/Ship").box().x() > before.x() + 100, "drawn where it was dropped");
        assertEquals(FLOW, ui.text(), "moving changes no text");
        robot.interact(() -> ui.window.actions().run(ActionRegistry.SAVE));
        CanvasDriver.await(() -> Files.exists(LayoutSidecar.pathFor(ui.file)));
        assertTrue(Files.readString(LayoutSidecar.pathFor(ui.file)).contains("/States/Ship"));
        robot.interact(() -> ui.window.actions().run(ActionRegistry.UNDO));
        ui.awaitDrawn();
        assertNull(ui.window.session().document().positions().get("/States/Ship"));
    }

    @Test
    void connectingFromAChoiceAsksForARuleOrTheDefault(FxRobot robot) throws Exception {
        robot.clickOn(ui.screen(ui.centre("/States/Check")));
        Box check = ui.node("/States/Check").box();

        robot.drag(ui.screen(new Point(check.centerX(), check.bottom()))).dropTo(ui.screen(ui.centre("/States/Done")));
        CanvasDriver.await(() -> robot.lookup("#connect-default").tryQuery().isPresent());
        assertTrue(robot.lookup("#connect-choice").tryQuery().isPresent());
        robot.clickOn("#connect-default");
        ui.awaitDrawn();

        assertEquals("Done", ((ChoiceState) ui.states().get("Check")).defaultState());
    }
}
