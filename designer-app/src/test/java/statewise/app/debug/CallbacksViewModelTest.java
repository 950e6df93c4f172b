package statewise.app.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import statewise.app.debug.model.ExecutionRecord;
import statewise.app.fx.QueuedUiThread;
import statewise.engine.run.ExecutionStatus;
import statewise.engine.run.TaskCallbacks;

/** The user answers the tasks of a run that wait for a callback: success, failure, heartbeat, and refusals. */
class CallbacksViewModelTest {

    private static final String FLOW = """
            {"StartAt": "Approve", "States": {
              "Approve": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token"}},
                "ResultPath": "$.approval",
                "Catch": [{"ErrorEquals": ["Rejected"], "ResultPath": "$.error", "Next": "Rejected"}],
                "Next": "Done"},
              "Rejected": {"Type": "Pass", "End": true},
              "Done": {"Type": "Pass", "End": true}}}""";

    @RegisterExtension
    final DebuggerFixture fixture = new DebuggerFixture();

    private final QueuedUiThread ui = fixture.ui;
    private DebuggerViewModel model;
    private CallbacksViewModel callbacks;

    @BeforeEach
    void open() {
        model = fixture.open("flow.asl.json", FLOW);
        callbacks = model.callbacks();
    }

    @Test
    void callbackTaskWaitsUntilTheUserSendsSuccess() throws InterruptedException {
        TaskCallbacks.Waiting task = runUntilWaiting();
        assertEquals("Approve", task.stateName());
        assertEquals(task.token(), task.input().path("MessageBody").path("token").asText());
        CallbacksViewModel.Sent sent = callbacks.sendSuccess(task.token(), "{\"approved\": true}");
        assertTrue(sent.sent(), sent.message());
        assertEquals("Sent task success to Approve.", sent.message());
        ExecutionRecord record = finished();
        assertEquals(ExecutionStatus.SUCCEEDED, record.statusProperty().get());
        assertEquals("{\"approved\":true}", record.resultProperty().get().output().get("approval").toString());
        assertTrue(callbacks.waiting().isEmpty());
    }

    @Test
    void outputThatIsNotJsonIsRefusedAndTheTaskStillWaits() throws InterruptedException {
        TaskCallbacks.Waiting task = runUntilWaiting();
        CallbacksViewModel.Sent refused = callbacks.sendSuccess(task.token(), "{approved");
        assertFalse(refused.sent());
        assertTrue(refused.message().startsWith("The output is not JSON (line 1, column"), refused.message());
        assertFalse(callbacks.sendSuccess(task.token(), "  ").sent());
        ui.runPending();
        assertEquals(1, callbacks.waiting().size());
        model.stop();
        assertEquals(ExecutionStatus.ABORTED, finished().statusProperty().get());
    }

    @Test
    void sentFailureIsCaughtWithItsErrorAndCause() throws InterruptedException {
        TaskCallbacks.Waiting task = runUntilWaiting();
        assertTrue(callbacks.sendHeartbeat(task.token()).sent());
        assertTrue(callbacks.sendFailure(task.token(), "Rejected", "too expensive").sent());
        ExecutionRecord record = finished();
        assertEquals("{\"Error\":\"Rejected\",\"Cause\":\"too expensive\"}",
                record.resultProperty().get().output().get("error").toString());
    }

    @Test
    void answerForATaskThatNoLongerWaitsIsRefused() throws InterruptedException {
        TaskCallbacks.Waiting task = runUntilWaiting();
        assertTrue(callbacks.sendSuccess(task.token(), "{}").sent());
        CallbacksViewModel.Sent late = callbacks.sendFailure(task.token(), "Rejected", "");
        assertFalse(late.sent());
        assertEquals("Approve no longer waits: it was answered, timed out, or its execution ended.", late.message());
        finished();
    }

    @Test
    void errorLongerThanAwsAllowsIsRefused() throws InterruptedException {
        TaskCallbacks.Waiting task = runUntilWaiting();
        CallbacksViewModel.Sent refused = callbacks.sendFailure(task.token(), "E".repeat(257), "");
        assertFalse(refused.sent());
        assertEquals("The error is 257 characters long; AWS takes at most 256.", refused.message());
        model.stop();
        finished();
    }

    @Test
    void withoutAnsweringCallbacksTheTaskGetsTheEcho() throws InterruptedException {
        model.options().answerCallbacksProperty().set(false);
        model.run();
        ExecutionRecord record = finished();
        assertEquals(ExecutionStatus.SUCCEEDED, record.statusProperty().get());
        assertEquals("q", record.resultProperty().get().output().path("approval").path("QueueUrl").asText());
    }

    /**
     * The canvas marks a waiting task by looking it up in the live run's record: a task must never be listed as
     * waiting before its run is live (the engine thread may reach the task before the launch returns).
     */
    @Test
    void aTaskIsListedAsWaitingOnlyOnceItsRunIsLive() throws InterruptedException {
        List<String> listedBeforeLive = new ArrayList<>();
        callbacks.waiting().addListener((ListChangeListener<TaskCallbacks.Waiting>) change -> {
            if (!callbacks.waiting().isEmpty() && model.liveProperty().get() == null) {
                listedBeforeLive.add(callbacks.waiting().get(0).stateName());
            }
        });
        for (int run = 0; run < 20; run++) {
            model.run();
            ui.runUntil(() -> !callbacks.waiting().isEmpty());
            model.stop();
            finished();
        }
        assertEquals(List.of(), listedBeforeLive);
    }

    private TaskCallbacks.Waiting runUntilWaiting() throws InterruptedException {
        model.run();
        ui.runUntil(() -> !callbacks.waiting().isEmpty());
        return callbacks.waiting().get(0);
    }

    private ExecutionRecord finished() throws InterruptedException {
        ExecutionRecord record = model.shownProperty().get();
        ui.runUntil(() -> record.resultProperty().get() != null && model.liveProperty().get() == null);
        return record;
    }
}
