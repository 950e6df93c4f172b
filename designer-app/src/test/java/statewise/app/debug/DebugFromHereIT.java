package statewise.app.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static statewise.app.shell.WindowFixture.await;

import java.io.IOException;
import java.nio.file.Files;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.transform.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import statewise.app.actions.ActionRegistry;
import statewise.app.debug.model.BreakpointLimit;
import statewise.app.debug.model.ExecutionRecord;
import statewise.app.debug.model.StateStatus;
import statewise.app.fx.Screenshots;
import statewise.app.fx.Snapshots;
import statewise.app.shell.WindowFixture;
import statewise.engine.run.ExecutionStatus;
import statewise.engine.run.history.EventType;
import statewise.engine.run.history.HistoryEvent;

/**
 * Re-running the sample from a state it visited (with that state's input, edited in the dialog), a breakpoint
 * limited to the second iteration of a Map, and the {@code paused} mark on the node where the execution waits.
 */
class DebugFromHereIT {

    private static final String SHIP = "/States/ShipOrder";
    /** Where {@link Tooltip#install} keeps a node's tooltip. */
    private static final String TOOLTIP_KEY = "javafx.scene.control.Tooltip";
    private static final String RESERVE_ITEM =
            "/States/ProcessOrder/Branches/1/States/ReserveInventory/ItemProcessor/States/ReserveItem";

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.template("order-processing.asl.json").size(1280, 800)
            .beside("/statewise/app/debug/order-processing.mocks.json");

    @Test
    void rerunFromAVisitedStateStartsThereWithItsInputAsEdited(FxRobot robot) throws Exception {
        DebuggerViewModel model = ready(robot);
        robot.interact(() -> fixture.window.actions().run(DebugActions.RUN));
        ExecutionRecord first = finished(model);
        assertEquals(ExecutionStatus.SUCCEEDED, first.statusProperty().get());

        robot.interact(() -> {
            fixture.window.session().select(SHIP, null);
            fixture.window.actions().run(DebugActions.RERUN_FROM_HERE);
        });
        await(() -> robot.lookup("#" + RerunDialog.INPUT_ID).tryQuery().isPresent());
        TextArea input = robot.lookup("#" + RerunDialog.INPUT_ID).queryAs(TextArea.class);
        String recorded = input.getText();
        assertTrue(recorded.contains("\"orderId\" : \"o-1\""), recorded);
        robot.interact(() -> input.setText("{\"orderId\": \"o-2\", \"retried\": true}"));
        Screenshots.save(robot, input.getScene(), "debugger-rerun-from-here-dialog.png");
        robot.clickOn("#" + RerunDialog.RUN_ID);

        await(() -> model.shownProperty().get() != first && model.liveProperty().get() == null
                && model.shownProperty().get().resultProperty().get() != null);
        ExecutionRecord rerun = model.shownProperty().get();
        HistoryEvent entered = rerun.events().get(1);
        assertEquals(EventType.TASK_STATE_ENTERED, entered.type());
        assertEquals("ShipOrder", entered.details().get("name").asText());
        assertEquals("{\"orderId\":\"o-2\",\"retried\":true}", entered.details().get("input").toString());
        assertEquals(ExecutionStatus.SUCCEEDED, rerun.statusProperty().get());
        assertFalse(hasMark(robot, "/States/ValidateOrder", StateStatus.SUCCEEDED.pseudoClass()));
        assertTrue(hasMark(robot, "/States/OrderComplete", StateStatus.SUCCEEDED.pseudoClass()));
        robot.interact(() -> {
            fixture.window.actions().run(ActionRegistry.TOGGLE_EDITOR);
            fixture.window.canvas().fitToWindow();
        });
        WaitForAsyncUtils.waitForFxEvents();
        save(robot, "debugger-rerun-finished.png");
    }

    @Test
    void breakpointLimitedToTheSecondIterationPausesThereAndMarksTheNode(FxRobot robot) throws Exception {
        DebuggerViewModel model = ready(robot);
        robot.interact(() -> {
            fixture.window.session().select(RESERVE_ITEM, null);
            fixture.window.actions().run(DebugActions.BREAKPOINT_LIMIT);
        });
        await(() -> robot.lookup("#" + BreakpointLimitDialog.ONLY_ID).tryQuery().isPresent());
        robot.clickOn("#" + BreakpointLimitDialog.ONLY_ID);
        Spinner<?> index = robot.lookup("#" + BreakpointLimitDialog.INDEX_ID).queryAs(Spinner.class);
        robot.interact(() -> index.getEditor().setText("1"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(BreakpointLimit.iteration(1), model.breakpoints().limit(RESERVE_ITEM));
        assertTrue(hasMark(robot, RESERVE_ITEM, CanvasMarks.BREAKPOINT_LIMITED));
        await(() -> robot.lookup(".breakpoint-toggle.limited").tryQuery().isPresent());
        Node ring = robot.lookup(".breakpoint-toggle.limited").query();
        assertEquals("Breakpoint on ReserveItem: breaks only in iteration 1 of its Map; click to remove",
                ((Tooltip) ring.getProperties().get(TOOLTIP_KEY)).getText(), "the gutter says the limit");
        assertTrue(robot.lookup(".breakpoint-toggle.marked").tryQuery().isEmpty(), "no plain dot for it");
        save(robot, "debugger-breakpoint-limited-gutter.png");
        assertTrue(robot.lookup(".node-badge").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Breaks in iteration 1")));

        robot.interact(() -> fixture.window.actions().run(DebugActions.DEBUG));
        await(() -> model.pausedProperty().get() != null);
        assertEquals("ReserveItem", model.pausedProperty().get().stateName());
        assertTrue(String.join(" / ", model.pausedProperty().get().where()).endsWith("iteration 1"),
                model.pausedProperty().get().where().toString());
        assertTrue(hasMark(robot, RESERVE_ITEM, CanvasMarks.PAUSED), "the paused state is marked");
        robot.interact(() -> {
            fixture.window.actions().run(ActionRegistry.TOGGLE_EDITOR);
            fixture.window.canvas().fitToWindow();
        });
        WaitForAsyncUtils.waitForFxEvents();
        save(robot, "debugger-breakpoint-iteration.png");
        saveNode(robot, "debugger-breakpoint-iteration-node.png", "/States/ProcessOrder");

        robot.interact(() -> fixture.window.actions().run(DebugActions.RESUME));
        ExecutionRecord record = finished(model);
        assertEquals(ExecutionStatus.SUCCEEDED, record.statusProperty().get());
        assertFalse(hasMark(robot, RESERVE_ITEM, CanvasMarks.PAUSED), "continuing clears the mark");
    }

    private DebuggerViewModel ready(FxRobot robot) throws Exception {
        DebuggerViewModel model = fixture.window.debugger().model();
        await(() -> fixture.window.session().document().analysed()
                && model.options().testCases().contains("HappyPath"));
        robot.interact(() -> {
            model.options().testCaseProperty().set("HappyPath");
            model.options().inputProperty().set("{\"orderId\": \"o-1\"}");
            robot.lookup(".main-rows").queryAs(SplitPane.class).setDividerPositions(0.56);
        });
        return model;
    }

    private static ExecutionRecord finished(DebuggerViewModel model) throws Exception {
        await(() -> model.liveProperty().get() == null && model.shownProperty().get() != null
                && model.shownProperty().get().resultProperty().get() != null);
        return model.shownProperty().get();
    }

    private static boolean hasMark(FxRobot robot, String pointer, String pseudoClass) {
        Node node = robot.lookup(n -> pointer.equals(n.getUserData()) && n.getStyleClass().stream()
                .anyMatch(c -> c.endsWith("-node"))).query();
        return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    private void save(FxRobot robot, String name) throws IOException {
        Screenshots.save(robot, fixture.stage.getScene(), name);
    }

    /** The part of the window where the node of {@code pointer} is (with what is drawn on it), four times larger. */
    private static void saveNode(FxRobot robot, String name, String pointer) throws IOException {
        Node node = robot.lookup(n -> pointer.equals(n.getUserData()) && n.getStyleClass().stream()
                .anyMatch(c -> c.endsWith("-node"))).query();
        IOException[] failure = new IOException[1];
        robot.interact(() -> {
            Bounds area = node.localToScene(node.getBoundsInLocal());
            SnapshotParameters zoomed = new SnapshotParameters();
            zoomed.setTransform(new Scale(4, 4));
            zoomed.setViewport(new Rectangle2D(area.getMinX() * 4, area.getMinY() * 4, area.getWidth() * 4,
                    area.getHeight() * 4));
            try {
                Files.createDirectories(Screenshots.FOLDER);
                Files.write(Screenshots.FOLDER.resolve(name),
                        Snapshots.png(node.getScene().getRoot().snapshot(zoomed, null)));
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }
}
