package statewise.app.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static statewise.app.shell.WindowFixture.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import statewise.app.actions.ActionRegistry;
import statewise.app.debug.model.EventRow;
import statewise.app.debug.model.ExecutionRecord;
import statewise.app.debug.model.StateStatus;
import statewise.app.fx.FxThread;
import statewise.app.fx.Screenshots;
import statewise.app.session.Analysis;
import statewise.app.session.DocumentSource;
import statewise.app.session.NodePositions;
import statewise.app.shell.WindowFixture;
import statewise.engine.run.ExecutionStatus;
import statewise.engine.run.history.EventType;

/**
 * The debugger in the window: run the sample with mocks and see its events and state colours, debug it through a
 * breakpoint, step, inspect and continue, and open a recorded history and re-run it locally.
 */
class DebuggerIT {

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.template("order-processing.asl.json").size(1280, 800)
            .beside("/statewise/app/debug/order-processing.mocks.json");

    @Test
    void debuggerPaneIsBuiltWhenItsTabIsFirstShown(FxRobot robot) {
        assertTrue(robot.lookup("#debug-tabs").tryQuery().isEmpty(), "the first frame shows the problems list only");
        robot.interact(() -> robot.lookup("#" + DebuggerView.DOCK_ID).queryAs(TabPane.class).getSelectionModel()
                .select(1));
        assertTrue(robot.lookup("#debug-tabs").tryQuery().isPresent(), "the debugger's tabs once its tab is shown");
        assertTrue(robot.lookup("#" + DebuggerView.MESSAGE_ID).tryQuery().isPresent(), "and its toolbar");
    }

    @Test
    void runShowsTheEventsAndColoursTheFailedAndCaughtStates(FxRobot robot) throws Exception {
        DebuggerViewModel model = ready(robot, "ValidationFails");
        robot.interact(() -> fixture.window.editor().area().requestFocus());
        robot.push(KeyCode.F5);
        ExecutionRecord record = finished(model);

        assertEquals(ExecutionStatus.FAILED, record.statusProperty().get());
        TableView<?> table = robot.lookup("#" + HistoryView.TABLE_ID).queryAs(TableView.class);
        assertEquals(record.rows().size(), table.getItems().size());
        List<EventType> types = record.rows().stream().map(EventRow::type).toList();
        assertEquals(EventType.EXECUTION_STARTED, types.get(0));
        assertTrue(types.contains(EventType.TASK_FAILED), types.toString());
        assertEquals(EventType.EXECUTION_FAILED, types.get(types.size() - 1));
        assertStatus(robot, "/States/ValidateOrder", StateStatus.CAUGHT);
        assertStatus(robot, "/States/NotifyFailure", StateStatus.SUCCEEDED);
        assertStatus(robot, "/States/OrderFailed", StateStatus.FAILED);
        assertEquals(StateStatus.NOT_RUN, record.board().tally("/States/ShipOrder").status());
        robot.interact(() -> table.getSelectionModel().select(2));
        assertEquals("/States/ValidateOrder", fixture.window.session().selectionProperty().get().pointer());
        robot.interact(() -> {
            fixture.window.actions().run(ActionRegistry.TOGGLE_EDITOR);
            fixture.window.canvas().fitToWindow();
        });
        WaitForAsyncUtils.waitForFxEvents();
        save(robot, "debugger-finished-failed-caught.png");

        robot.clickOn("Timeline");
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> bars = List.copyOf(robot.lookup("." + TimelineView.BAR_CLASS).queryAll());
        assertEquals(3, bars.size(), "ValidateOrder, NotifyFailure, OrderFailed");
        robot.interact(() -> fixture.window.session().select("/States/OrderFailed", null));
        robot.clickOn(bars.get(1));
        assertEquals("/States/NotifyFailure", fixture.window.session().selectionProperty().get().pointer());
        assertTrue(bars.get(0).getPseudoClassStates().contains(PseudoClass.getPseudoClass(
                StateStatus.CAUGHT.pseudoClass())));
        save(robot, "debugger-timeline.png");
    }

    @Test
    void debugPausesAtABreakpointShowsTheChoiceAndContinues(FxRobot robot) throws Exception {
        DebuggerViewModel model = ready(robot, "HappyPath");
        robot.interact(() -> {
            fixture.window.session().select("/States/CheckOrderTotal", null);
            fixture.window.actions().run(DebugActions.TOGGLE_BREAKPOINT);
        });
        assertTrue(model.breakpoints().has("/States/CheckOrderTotal"));
        assertTrue(nodeOf(robot, "/States/CheckOrderTotal").getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass(CanvasMarks.BREAKPOINT)));
        robot.interact(() -> fixture.window.actions().run(DebugActions.DEBUG));
        await(() -> model.pausedProperty().get() != null);

        String header = robot.lookup("#" + PausedView.HEADER_ID).queryAs(Label.class).getText();
        assertTrue(header.startsWith("Paused before CheckOrderTotal (breakpoint)"), header);
        assertTrue(texts(robot, "#" + PausedView.CHOICE_ID).contains("No rule matches: Default, next is ProcessOrder"),
                texts(robot, "#" + PausedView.CHOICE_ID));
        assertStatus(robot, "/States/ValidateOrder", StateStatus.SUCCEEDED);
        robot.interact(() -> {
            fixture.window.actions().run(ActionRegistry.TOGGLE_EDITOR);
            fixture.window.canvas().fitToWindow();
        });
        WaitForAsyncUtils.waitForFxEvents();
        save(robot, "debugger-paused.png");

        robot.interact(() -> fixture.window.actions().run(DebugActions.STEP_STATE));
        await(() -> model.pausedProperty().get() != null
                && model.pausedProperty().get().stateName().equals("ProcessOrder"));
        assertStatus(robot, "/States/CheckOrderTotal", StateStatus.SUCCEEDED);
        robot.interact(() -> fixture.window.actions().run(DebugActions.RESUME));
        ExecutionRecord record = finished(model);
        assertEquals(ExecutionStatus.SUCCEEDED, record.statusProperty().get());
        assertStatus(robot, "/States/OrderComplete", StateStatus.SUCCEEDED);
        assertEquals(2, record.board().tally("/States/ProcessOrder/Branches/1/States/ReserveInventory")
                .iterationsSucceeded());
    }

    @Test
    void recordedHistoryIsShownAndReRunLocally(FxRobot robot) throws Exception {
        Recorded recorded = Recorded.fromCorpus(fixture.folder);
        DebuggerViewModel model = fixture.window.debugger().model();
        openDefinition(robot, recorded.definition());
        DebugActions.openHistory(model, recorded.history(), fixture.engine, FxThread.UI);
        await(() -> model.shownProperty().get() != null
                && model.shownProperty().get().kind() == ExecutionRecord.Kind.REPLAY);
        ExecutionRecord replay = model.shownProperty().get();
        assertEquals(recorded.events(), replay.rows().size());
        assertEquals(StateStatus.CAUGHT, replay.board().tally("/States/" + recorded.caughtState()).status());
        robot.interact(() -> fixture.window.actions().run(DebugActions.RERUN));
        await(() -> model.shownProperty().get() != replay
                && !model.shownProperty().get().noteProperty().get().isEmpty());
        assertEquals("The local run followed the recorded path and ended as it did.",
                model.shownProperty().get().noteProperty().get());
    }

    @Test
    void callbackTaskIsCompletedFromTheDialog(FxRobot robot) throws Exception {
        Path file = fixture.folder.resolve("approval.asl.json");
        Files.writeString(file, """
                {"StartAt": "Approve", "States": {
                  "Approve": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                    "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token"}},
                    "ResultPath": "$.approval", "Next": "Done"},
                  "Done": {"Type": "Pass", "End": true}}}""");
        DebuggerViewModel model = fixture.window.debugger().model();
        openDefinition(robot, file);
        Node approveLine = robot.lookup(".gutter").match((Node n) -> ((Parent) n).getChildrenUnmodifiable().stream()
                .anyMatch(c -> c instanceof Text t && t.getText().trim().equals("2"))).query();
        robot.clickOn(robot.point(approveLine).atPosition(Pos.CENTER_LEFT).atOffset(new Point2D(12, 0)));
        assertTrue(model.breakpoints().has("/States/Approve"), "a click in the gutter sets a breakpoint");
        await(() -> robot.lookup(".breakpoint-mark").tryQuery().isPresent());
        robot.interact(() -> fixture.window.actions().run(DebugActions.RUN));
        await(() -> !model.callbacks().waiting().isEmpty());
        assertStatus(robot, "/States/Approve", StateStatus.RUNNING);
        assertTrue(nodeOf(robot, "/States/Approve").getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass(CanvasMarks.WAITING)));
        assertTrue(robot.lookup("." + CallbacksView.ROW_CLASS).queryAs(Parent.class).isVisible());
        robot.interact(() -> fixture.window.canvas().fitToWindow());
        WaitForAsyncUtils.waitForFxEvents();
        Label badge = robot.lookup(".node-badge").queryAs(Label.class);
        assertEquals(CanvasMarks.WAITING_BADGE, badge.getText());
        assertTrue(badge.getWidth() > 0, "the badge is drawn");
        save(robot, "debugger-waiting-callback.png");

        robot.clickOn("." + CallbacksView.ANSWER_CLASS);
        await(() -> robot.lookup("#" + CallbackDialog.OUTPUT_ID).tryQuery().isPresent());
        TextArea output = robot.lookup("#" + CallbackDialog.OUTPUT_ID).queryAs(TextArea.class);
        robot.interact(() -> output.setText("{\"approved\": "));
        robot.clickOn("Send");
        WaitForAsyncUtils.waitForFxEvents();
        String problem = robot.lookup("#" + CallbackDialog.PROBLEM_ID).queryAs(Label.class).getText();
        assertTrue(problem.startsWith("The output is not JSON"), problem);
        robot.interact(() -> output.setText("{\"approved\": true, \"by\": \"ana\"}"));
        robot.clickOn("Send");

        ExecutionRecord record = finished(model);
        assertEquals(ExecutionStatus.SUCCEEDED, record.statusProperty().get());
        assertEquals("ana", record.resultProperty().get().output().path("approval").path("by").asText());
        assertTrue(robot.lookup("#" + CallbackDialog.OUTPUT_ID).tryQuery().isEmpty(), "the dialog closes");
        assertTrue(robot.lookup("." + CallbacksView.ROW_CLASS).tryQuery().isEmpty());
    }

    private DebuggerViewModel ready(FxRobot robot, String testCase) throws Exception {
        DebuggerViewModel model = fixture.window.debugger().model();
        await(() -> fixture.window.session().document().analysed() && model.options().testCases().contains(testCase));
        robot.interact(() -> {
            model.options().testCaseProperty().set(testCase);
            model.options().inputProperty().set("{\"orderId\": \"o-1\"}");
            robot.lookup(".main-rows").queryAs(SplitPane.class).setDividerPositions(0.56);
        });
        return model;
    }

    private void openDefinition(FxRobot robot, Path file) throws Exception {
        String text = Files.readString(file);
        robot.interact(() -> fixture.window.session().load(DocumentSource.of(file),
                Analysis.of(file.getFileName().toString(), text), NodePositions.none(), true));
        await(() -> fixture.window.session().nameProperty().get().equals(file.getFileName().toString())
                && fixture.window.session().document().analysed());
    }

    private static ExecutionRecord finished(DebuggerViewModel model) throws Exception {
        await(() -> model.liveProperty().get() == null && model.shownProperty().get() != null
                && model.shownProperty().get().resultProperty().get() != null);
        return model.shownProperty().get();
    }

    private static void assertStatus(FxRobot robot, String pointer, StateStatus status) {
        assertTrue(nodeOf(robot, pointer).getPseudoClassStates().contains(PseudoClass.getPseudoClass(
                status.pseudoClass())), pointer + " should be " + status + ": "
                + nodeOf(robot, pointer).getPseudoClassStates());
    }

    private static Node nodeOf(FxRobot robot, String pointer) {
        return robot.lookup(n -> pointer.equals(n.getUserData()) && n.getStyleClass().stream()
                .anyMatch(c -> c.endsWith("-node"))).query();
    }

    private static String texts(FxRobot robot, String query) {
        StringBuilder out = new StringBuilder();
        robot.lookup(query).queryAs(Parent.class).getChildrenUnmodifiable().forEach(n -> {
            if (n instanceof Label label) {
                out.append(label.getText()).append('\n');
            }
        });
        return out.toString();
    }

    private void save(FxRobot robot, String name) throws IOException {
        Screenshots.save(robot, fixture.stage.getScene(), name);
    }
}
