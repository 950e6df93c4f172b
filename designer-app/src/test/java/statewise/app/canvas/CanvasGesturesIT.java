package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.PickResult;
import javafx.scene.input.ZoomEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import statewise.app.actions.ActionRegistry;
import statewise.app.session.NodePositions;
import statewise.layout.Box;
import statewise.layout.EdgeKind;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;

/**
 * The canvas gestures the issue names that the other canvas ITs leave out, each driven with the mouse or the keys as
 * a user would and checked in both views and in the undo history: rubber-band selection, panning by dragging empty
 * space and by Space+drag, pinch zoom, duplicate, connecting by a Next or a Catch, Set as start and Tidy up.
 */
class CanvasGesturesIT {

    private static final String FLOW = """
            {
              "StartAt": "A",
              "States": {
                "Pre": {"Type": "Pass", "Next": "A"},
                "A": {"Type": "Pass", "Next": "B"},
                "B": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "C"},
                "C": {"Type": "Pass", "End": true},
                "Failed": {"Type": "Fail"}
              }
            }
            """;

    @RegisterExtension
    final CanvasDriver ui = CanvasDriver.opening(FLOW);

    @Test
    void shiftDraggingOnEmptySpaceSelectsTheStatesInsideTheBand(FxRobot robot) throws Exception {
        fit(robot);
        Box a = ui.node("/States/A").box();
        Box b = ui.node("/States/B").box();
        Point from = new Point(Math.min(a.x(), b.x()) - 12, a.y() - 8);
        Point to = new Point(Math.max(a.right(), b.right()) + 12, b.bottom() + 8);
        assertNull(new HitTest(ui.canvas.layout()).nodeAt(from), "the band starts on empty canvas");

        robot.press(KeyCode.SHIFT).drag(ui.screen(from)).dropTo(ui.screen(to)).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("/States/A", "/States/B"), ui.canvas.selectedIds().stream().sorted().toList());
        assertEquals(2, ui.window.session().selectionProperty().get().count());
        assertEquals(FLOW, ui.text(), "selecting changes no text");
    }

    @Test
    void draggingEmptySpaceAndSpaceDraggingOverAStatePanTheViewAndMoveNothing(FxRobot robot) throws Exception {
        Point empty = new Point(ui.canvas.layout().size().width() + 40, 20);
        Viewport before = ui.canvas.viewportProperty().get();

        robot.drag(ui.screen(empty)).dropBy(-60, 40);
        WaitForAsyncUtils.waitForFxEvents();
        Viewport dragged = ui.canvas.viewportProperty().get();
        assertEquals(before.toScreen(empty).x() - 60, dragged.toScreen(empty).x(), 2);
        assertEquals(before.toScreen(empty).y() + 40, dragged.toScreen(empty).y(), 2);

        Point a = ui.centre("/States/A");
        Point2D onA = ui.screen(a);
        robot.press(KeyCode.SPACE).drag(onA).dropBy(50, -30).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        Viewport spaced = ui.canvas.viewportProperty().get();
        assertEquals(dragged.toScreen(a).x() + 50, spaced.toScreen(a).x(), 2);
        assertEquals(dragged.toScreen(a).y() - 30, spaced.toScreen(a).y(), 2);
        assertTrue(ui.window.session().document().positions().isEmpty(), "no state was moved");
        assertFalse(ui.window.session().canUndoProperty().get(), "panning is no undo step");
    }

    @Test
    void aPinchZoomsAroundThePointBetweenTheFingers(FxRobot robot) throws Exception {
        Point b = ui.centre("/States/B");
        Viewport before = ui.canvas.viewportProperty().get();
        Point2D scene = ui.canvas.sceneOf(b);
        Point2D local = ui.canvas.node().sceneToLocal(scene);
        Point2D screen = ui.screen(b);

        robot.interact(() -> ui.canvas.node().fireEvent(new ZoomEvent(ZoomEvent.ZOOM, local.getX(), local.getY(),
                screen.getX(), screen.getY(), false, false, false, false, false, false, 1.5, 1.5,
                new PickResult(ui.canvas.node(), scene.getX(), scene.getY()))));

        Viewport pinched = ui.canvas.viewportProperty().get();
        assertEquals(before.scale() * 1.5, pinched.scale(), 1e-6);
        assertEquals(before.toScreen(b).x(), pinched.toScreen(b).x(), 1, "the pinched point stays put");
        assertEquals(before.toScreen(b).y(), pinched.toScreen(b).y(), 1);
    }

    @Test
    void ctrlDDuplicatesTheSelectedStateAsOneUndoStep(FxRobot robot) throws Exception {
        robot.clickOn(ui.screen(ui.centre("/States/B")));

        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        ui.awaitDrawn();

        assertNotNull(ui.states().get("B (1)"), ui.text());
        assertTrue(ui.window.editor().area().getText().contains("\"B (1)\": {"), "the editor shows the copy");
        assertNotNull(ui.canvas.layout().node("/States/B (1)"), "the canvas draws the copy");
        assertUndoes(robot, "Duplicate state 'B'", "/States/B (1)");
    }

    @Test
    void draggingFromTheHandleOfAStateThatEndsConnectsItsNext(FxRobot robot) throws Exception {
        connect(robot, "/States/C", "/States/Failed");

        assertEquals("Failed", ui.states().get("C").next());
        assertTrue(ui.text().contains("\"C\": {\"Type\": \"Pass\", \"Next\": \"Failed\"}"), ui.text());
        assertEquals(ui.text(), ui.window.editor().area().getText());
        ui.edge("/States/C", "/States/Failed");
        assertUndoes(robot, "Connect 'C' to 'Failed'", null);
    }

    @Test
    void draggingFromTheHandleOfATaskWithANextAddsACatcher(FxRobot robot) throws Exception {
        connect(robot, "/States/B", "/States/Failed");

        assertEquals("C", ui.states().get("B").next(), "the Next stays");
        assertTrue(ui.text().contains("\"Catch\""), ui.text());
        assertTrue(ui.text().contains("\"States.ALL\""), ui.text());
        assertEquals(ui.text(), ui.window.editor().area().getText());
        ui.edge("/States/B", "/States/Failed");
        assertUndoes(robot, "Catch errors of 'B' to 'Failed'", null);
    }

    @Test
    void setAsStartRewritesStartAtAndMovesTheStartMarker(FxRobot robot) throws Exception {
        robot.clickOn(ui.screen(ui.centre("/States/Pre")));

        robot.interact(() -> ui.window.actions().run(ActionRegistry.SET_START));
        ui.awaitDrawn();

        assertTrue(ui.window.editor().area().getText().contains("\"StartAt\": \"Pre\""), ui.text());
        assertEquals(FLOW.replace("\"StartAt\": \"A\"", "\"StartAt\": \"Pre\""), ui.text(), "one member changed");
        assertTrue(ui.canvas.layout().edges().stream()
                .anyMatch(e -> e.kind() == EdgeKind.START && e.to().equals("/States/Pre")));
        assertUndoes(robot, "Set 'Pre' as start state", null);
        RoutedEdge start = ui.canvas.layout().edges().stream()
                .filter(e -> e.kind() == EdgeKind.START).findFirst().orElseThrow();
        assertEquals("/States/A", start.to());
    }

    @Test
    void tidyUpDropsEveryPinnedPositionAsOneUndoStep(FxRobot robot) throws Exception {
        Box laidOut = ui.node("/States/C").box();
        robot.drag(ui.screen(ui.centre("/States/C"))).dropBy(140, 30);
        ui.awaitDrawn();
        NodePositions pinned = ui.window.session().document().positions();
        assertNotNull(pinned.get("/States/C"));

        robot.interact(() -> ui.window.actions().run(ActionRegistry.TIDY_UP));
        ui.awaitDrawn();

        assertTrue(ui.window.session().document().positions().isEmpty());
        assertEquals(laidOut, ui.node("/States/C").box(), "laid out where the layout puts it");
        assertEquals(FLOW, ui.text(), "tidying changes no text");
        assertEquals("Tidy up layout", ui.window.session().undoLabelProperty().get());
        robot.interact(() -> ui.window.actions().run(ActionRegistry.UNDO));
        ui.awaitDrawn();
        assertEquals(pinned, ui.window.session().document().positions());
    }

    @Test
    void aStateDroppedOnEmptyCanvasIsOneStepThatCtrlZTakesBackWithItsPin(FxRobot robot) throws Exception {
        fit(robot);
        Point spot = new Point(ui.canvas.layout().size().width() + 60, ui.canvas.layout().size().height() / 2);

        robot.drag("#palette-wait").dropTo(ui.screen(spot));
        ui.awaitDrawn();

        assertTrue(ui.window.editor().area().getText().contains("\"Wait\": {"), ui.text());
        assertNotNull(ui.canvas.layout().node("/States/Wait"));
        assertNotNull(ui.window.session().document().positions().get("/States/Wait"));
        assertUndoes(robot, "Add Wait state 'Wait'", "/States/Wait");
        assertTrue(ui.window.session().document().positions().isEmpty(), "the pin goes with the state");
    }

    // ---- helpers

    private void fit(FxRobot robot) throws Exception {
        robot.interact(() -> ui.window.actions().run(ActionRegistry.FIT));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Drags from the connect handle at the bottom of {@code from}'s box onto {@code to}'s centre. */
    private void connect(FxRobot robot, String from, String to) throws Exception {
        fit(robot);
        robot.clickOn(ui.screen(ui.centre(from)));
        Box box = ui.node(from).box();
        robot.drag(ui.screen(new Point(box.centerX(), box.bottom()))).dropTo(ui.screen(ui.centre(to)));
        ui.awaitDrawn();
    }

    /**
     * The last step is {@code label}; Ctrl+Z undoes it, which gives back the original text in the session and the
     * editor, and the canvas no longer draws {@code gone} (when given).
     */
    private void assertUndoes(FxRobot robot, String label, @Nullable String gone) throws Exception {
        assertEquals(label, ui.window.session().undoLabelProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        ui.awaitDrawn();
        assertEquals(FLOW, ui.text());
        assertEquals(FLOW, ui.window.editor().area().getText());
        if (gone != null) {
            assertNull(ui.canvas.layout().node(gone));
        }
    }
}
