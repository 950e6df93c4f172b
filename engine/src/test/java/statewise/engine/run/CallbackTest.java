package statewise.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import statewise.engine.run.history.HistoryEvent;

/**
 * Tasks that wait for a callback ({@code .waitForTaskToken}, activities): the task token, the answer from a person
 * through {@link TaskCallbacks} or from the resolver, and HeartbeatSeconds / TimeoutSeconds.
 */
class CallbackTest {

    private static final String CALLBACK = """
            {"StartAt": "Ask", "States": {"Ask": {"Type": "Task",
              "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken", %s
              "Parameters": {"QueueUrl": "q", "MessageBody": {"Token.$": "$$.Task.Token"}},
              "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Caught"}],
              "End": true},
              "Caught": {"Type": "Pass", "End": true}}}
            """;
    private static final String ACTIVITY = """
            {"StartAt": "Work", "States": {"Work": {"Type": "Task",
              "Resource": "arn:aws:states:us-east-1:111111111111:activity:review", %s "End": true}}}
            """;
    private static final JsonNode SENT = Runs.json("{\"MessageId\": \"m-1\"}");
    /** A service that accepts every request and leaves the answer to someone else. */
    private static final TaskResolver ACCEPTS = call -> TaskOutcome.pending(SENT, null);

    @Test
    void callbackTaskSucceedsWithTheOutputSentForItsToken() throws Exception {
        Execution execution = Execution.start(Runs.request(CALLBACK.formatted(""), "{}").withResolver(ACCEPTS),
                List.of(), DebugOptions.NONE);
        TaskCallbacks.Waiting waiting = waitingTask(execution);
        assertEquals(TaskCallbacks.Reply.ACCEPTED,
                execution.callbacks().sendTaskSuccess(waiting.token(), Runs.json("{\"approved\": true}")));
        ExecutionResult result = execution.result().get(10, TimeUnit.SECONDS);
        assertEquals(ExecutionStatus.SUCCEEDED, result.status());
        assertEquals("{\"approved\":true}", String.valueOf(result.output()));
        assertEquals(waiting.token(), waiting.input().path("MessageBody").path("Token").asText());
        assertEquals(List.of("ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted",
                "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded"), Runs.types(result));
        assertEquals(SENT, Runs.last(result, "TaskSubmitted").details().get("output"));
    }

    @Test
    void sentFailureIsCaughtWithItsErrorAndCause() throws Exception {
        Execution execution = Execution.start(Runs.request(CALLBACK.formatted(""), "{}").withResolver(ACCEPTS),
                List.of(), DebugOptions.NONE);
        execution.callbacks().sendTaskFailure(waitingTask(execution).token(), "Rejected", "not today");
        ExecutionResult result = execution.result().get(10, TimeUnit.SECONDS);
        assertEquals("{\"Error\":\"Rejected\",\"Cause\":\"not today\"}", result.output().get("error").toString());
        assertEquals("Rejected", Runs.last(result, "TaskFailed").details().get("error").asText());
    }

    @Test
    void failureSentWithoutErrorGivesCatchersNullMembers() throws Exception {
        Execution execution = Execution.start(Runs.request(CALLBACK.formatted(""), "{}").withResolver(ACCEPTS),
                List.of(), DebugOptions.NONE);
        execution.callbacks().sendTaskFailure(waitingTask(execution).token(), null, null);
        ExecutionResult result = execution.result().get(10, TimeUnit.SECONDS);
        assertEquals("{\"Error\":null,\"Cause\":null}", result.output().get("error").toString());
    }

    @Test
    void listenersHearWhenATaskBeginsAndStopsWaiting() throws Exception {
        Execution execution = Execution.start(Runs.request(CALLBACK.formatted(""), "{}").withResolver(ACCEPTS),
                List.of(), DebugOptions.NONE);
        List<Integer> heard = new CopyOnWriteArrayList<>();
        execution.callbacks().addListener(() -> heard.add(execution.callbacks().waiting().size()));
        TaskCallbacks.Waiting waiting = waitingTask(execution);
        execution.callbacks().sendTaskHeartbeat(waiting.token());
        execution.callbacks().sendTaskSuccess(waiting.token(), Runs.json("{}"));
        execution.result().get(10, TimeUnit.SECONDS);
        assertEquals(0, heard.get(heard.size() - 1), heard.toString());
        assertTrue(heard.size() <= 2, "a heartbeat changes nothing that waits: " + heard);
    }

    @Test
    void messageForAnUnknownTokenIsRefused() {
        TaskCallbacks callbacks = new TaskCallbacks();
        assertEquals(TaskCallbacks.Reply.TASK_DOES_NOT_EXIST, callbacks.sendTaskHeartbeat("no-such-token"));
    }

    @Test
    void answeredTokenIsClosed() throws Exception {
        Execution execution = Execution.start(Runs.request(CALLBACK.formatted(""), "{}").withResolver(ACCEPTS),
                List.of(), DebugOptions.NONE);
        String token = waitingTask(execution).token();
        execution.callbacks().sendTaskSuccess(token, Runs.json("1"));
        assertEquals(TaskCallbacks.Reply.TASK_DOES_NOT_EXIST, execution.callbacks().sendTaskSuccess(token,
                Runs.json("2")));
        assertEquals("1", String.valueOf(execution.result().get(10, TimeUnit.SECONDS).output()));
    }

    @Test
    void listenerMayAnswerWhenTheTaskIsSubmitted() {
        TaskCallbacks callbacks = new TaskCallbacks();
        ExecutionResult result = Interpreter.run(Runs.request(CALLBACK.formatted(""), "{}").withResolver(ACCEPTS),
                List.of(event -> {
                    if (event.type().awsName().equals("TaskSubmitted")) {
                        callbacks.sendTaskSuccess(callbacks.waiting().get(0).token(), Runs.json("\"done\""));
                    }
                }), callbacks);
        assertEquals("\"done\"", String.valueOf(result.output()));
    }

    @Test
    void nobodyAnsweringTimesOutAfterTimeoutSecondsOfVirtualTime() {
        ExecutionResult result = Interpreter.run(Runs.request(CALLBACK.formatted("\"TimeoutSeconds\": 300,"), "{}")
                .withResolver(ACCEPTS));
        HistoryEvent timedOut = Runs.last(result, "TaskTimedOut");
        assertEquals("States.Timeout", timedOut.details().get("error").asText());
        assertEquals(Duration.ofSeconds(300), Duration.between(Runs.START, timedOut.timestamp()));
        assertEquals("{\"Error\":\"States.Timeout\"}", result.output().get("error").toString());
    }

    @Test
    void missedHeartbeatOfServiceTaskIsRecordedAsTimeout() {
        ExecutionResult result = Interpreter.run(Runs.request(
                CALLBACK.formatted("\"TimeoutSeconds\": 600, \"HeartbeatSeconds\": 5,"), "{}").withResolver(ACCEPTS));
        HistoryEvent timedOut = Runs.last(result, "TaskTimedOut");
        assertEquals("States.Timeout", timedOut.details().get("error").asText());
        assertEquals(Duration.ofSeconds(5), Duration.between(Runs.START, timedOut.timestamp()));
    }

    @Test
    void missedHeartbeatOfActivityIsHeartbeatTimeout() {
        ExecutionResult result = Interpreter.run(Runs.request(
                ACTIVITY.formatted("\"TimeoutSeconds\": 600, \"HeartbeatSeconds\": 10,"), "{}")
                .withResolver(call -> TaskOutcome.pending(null, "worker-7")));
        assertEquals(List.of("ExecutionStarted", "TaskStateEntered", "ActivityScheduled", "ActivityStarted",
                "ActivityTimedOut", "ExecutionFailed"), Runs.types(result));
        assertEquals("worker-7", Runs.last(result, "ActivityStarted").details().get("workerName").asText());
        assertEquals("States.HeartbeatTimeout", result.error());
    }

    @Test
    void answerArrivingAfterTheTimeoutLoses() {
        TaskResolver late = call -> TaskOutcome.answered(null, null, TaskOutcome.success(Runs.json("1")),
                Duration.ofSeconds(20));
        ExecutionResult result = Interpreter.run(Runs.request(ACTIVITY.formatted("\"TimeoutSeconds\": 10,"), "{}")
                .withResolver(late));
        assertEquals(ExecutionStatus.FAILED, result.status());
        assertEquals("States.Timeout", result.error());
    }

    @Test
    void answerArrivingInTimeWinsAndTakesItsTime() {
        TaskResolver early = call -> TaskOutcome.answered(null, null, TaskOutcome.success(Runs.json("1")),
                Duration.ofSeconds(4));
        ExecutionResult result = Interpreter.run(Runs.request(ACTIVITY.formatted("\"HeartbeatSeconds\": 5,"), "{}")
                .withResolver(early));
        assertEquals(ExecutionStatus.SUCCEEDED, result.status());
        assertEquals(Duration.ofSeconds(4), Duration.between(Runs.START,
                Runs.last(result, "ActivitySucceeded").timestamp()));
    }

    @Test
    void heartbeatsOnTheRealClockKeepTheTaskAliveBeyondHeartbeatSeconds() throws Exception {
        Execution execution = Execution.start(Runs.request(ACTIVITY.formatted("\"HeartbeatSeconds\": 1,"), "{}")
                .withClock(ClockMode.REAL).withResolver(call -> TaskOutcome.pending(null, null)), List.of(),
                DebugOptions.NONE);
        String token = waitingTask(execution).token();
        for (int beat = 0; beat < 3; beat++) {
            Thread.sleep(600);
            assertEquals(TaskCallbacks.Reply.ACCEPTED, execution.callbacks().sendTaskHeartbeat(token));
        }
        execution.callbacks().sendTaskSuccess(token, Runs.json("\"alive\""));
        ExecutionResult result = execution.result().get(10, TimeUnit.SECONDS);
        assertEquals(ExecutionStatus.SUCCEEDED, result.status(), () -> String.valueOf(result.error()));
    }

    @Test
    void silentWorkerMissesItsHeartbeatOnTheRealClock() throws Exception {
        Execution execution = Execution.start(Runs.request(ACTIVITY.formatted("\"HeartbeatSeconds\": 1,"), "{}")
                .withClock(ClockMode.REAL).withResolver(call -> TaskOutcome.pending(null, null)), List.of(),
                DebugOptions.NONE);
        ExecutionResult result = execution.result().get(10, TimeUnit.SECONDS);
        assertEquals("States.HeartbeatTimeout", result.error());
    }

    @Test
    void stoppingWhileWaitingForAPersonAbortsTheExecution() throws Exception {
        Execution execution = Execution.start(Runs.request(CALLBACK.formatted(""), "{}").withResolver(ACCEPTS),
                List.of(), DebugOptions.NONE);
        String token = waitingTask(execution).token();
        execution.debug().stop();
        assertEquals(ExecutionStatus.ABORTED, execution.result().get(10, TimeUnit.SECONDS).status());
        assertEquals(TaskCallbacks.Reply.TASK_DOES_NOT_EXIST, execution.callbacks().sendTaskHeartbeat(token));
    }

    @Test
    void tokensAreTheSameInEveryRunAndDifferPerTask() {
        String twice = """
                {"StartAt": "A", "States": {
                  "A": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                        "Parameters": {"T.$": "$$.Task.Token"}, "Next": "B"},
                  "B": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                        "Parameters": {"T.$": "$$.Task.Token"}, "End": true}}}
                """;
        TaskResolver echo = call -> TaskOutcome.success(call.input());
        ExecutionResult first = Interpreter.run(Runs.request(twice, "{}").withResolver(echo));
        ExecutionResult second = Interpreter.run(Runs.request(twice, "{}").withResolver(echo));
        List<String> tokens = first.history().stream().filter(e -> e.type().awsName().equals("TaskScheduled"))
                .map(e -> e.details().path("parameters").path("T").asText()).toList();
        assertEquals(2, tokens.size());
        assertNotEquals(tokens.get(0), tokens.get(1));
        assertEquals(first.output(), second.output());
    }

    @Test
    void retryOfATimedOutCallbackWaitsWithANewToken() {
        String retried = """
                {"StartAt": "Ask", "States": {"Ask": {"Type": "Task",
                  "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "TimeoutSeconds": 10,
                  "Parameters": {"T.$": "$$.Task.Token"},
                  "Retry": [{"ErrorEquals": ["States.Timeout"], "MaxAttempts": 1}], "End": true}}}
                """;
        ExecutionResult result = Interpreter.run(Runs.request(retried, "{}").withResolver(ACCEPTS));
        List<String> tokens = result.history().stream().filter(e -> e.type().awsName().equals("TaskScheduled"))
                .map(e -> e.details().path("parameters").path("T").asText()).toList();
        assertEquals(2, tokens.size());
        assertNotEquals(tokens.get(0), tokens.get(1));
        assertEquals("States.Timeout", result.error());
    }

    @Test
    void waitingTaskOfAStoppedBranchIsAbortedAndItsTokenClosed() throws Exception {
        String parallel = """
                {"StartAt": "Both", "States": {"Both": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "Ask", "States": {"Ask": {"Type": "Task",
                     "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "End": true}}},
                  {"StartAt": "Wait", "States": {"Wait": {"Type": "Wait", "Seconds": 1, "Next": "Boom"},
                     "Boom": {"Type": "Fail", "Error": "Boom"}}}]}}}
                """;
        TaskCallbacks callbacks = new TaskCallbacks();
        List<String> tokens = new ArrayList<>();
        ExecutionResult result = Interpreter.run(Runs.request(parallel, "{}").withResolver(ACCEPTS),
                List.of(event -> {
                    if (event.type().awsName().equals("TaskSubmitted")) {
                        tokens.add(callbacks.waiting().get(0).token());
                    }
                }), callbacks);
        assertEquals("Boom", result.error());
        assertTrue(Runs.types(result).contains("TaskStateAborted"), Runs.types(result).toString());
        assertEquals(TaskCallbacks.Reply.TASK_DOES_NOT_EXIST, callbacks.sendTaskHeartbeat(tokens.get(0)));
    }

    @Test
    void requestResponseTasksHaveNoTaskToken() {
        ExecutionResult result = Runs.run("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
                  "Parameters": {"C.$": "$$"}, "End": true}}}
                """, "{}");
        assertTrue(result.output().path("C").has("State"));
        assertTrue(result.output().path("C").path("Task").isMissingNode());
    }

    /** The one task waiting for a person, once it waits. */
    private static TaskCallbacks.Waiting waitingTask(Execution execution) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            List<TaskCallbacks.Waiting> waiting = execution.callbacks().waiting();
            if (!waiting.isEmpty()) {
                return waiting.get(0);
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no task began waiting for a callback");
    }
}
