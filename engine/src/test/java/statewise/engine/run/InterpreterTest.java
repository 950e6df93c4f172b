package statewise.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.run.history.HistoryEvent;

class InterpreterTest {

    @Test
    void waitCostsNoRealTimeButAdvancesTimestamps() {
        String asl = """
                {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 3600, "Next": "Done"},
                  "Done": {"Type": "Succeed"}}}""";
        long before = System.nanoTime();
        ExecutionResult result = Runs.run(asl, "{}");
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(30));
        assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Runs.last(result, "WaitStateExited").timestamp()).isEqualTo(Runs.START.plusSeconds(3600));
    }

    @Test
    void retriesBackOffOnTheVirtualClockThenCatch() {
        String asl = """
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Retry": [{"ErrorEquals": ["Boom"], "IntervalSeconds": 2, "BackoffRate": 3, "MaxAttempts": 2}],
                  "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Handled"}],
                  "End": true},
                  "Handled": {"Type": "Pass", "End": true}}}""";
        ExecutionResult result = Interpreter.run(Runs.request(asl, "{\"a\": 1}")
                .withResolver(call -> TaskOutcome.failure("Boom", "it broke")));
        List<HistoryEvent> scheduled = result.history().stream()
                .filter(e -> e.type().awsName().equals("TaskScheduled")).toList();
        assertThat(scheduled).extracting(e -> Duration.between(Runs.START, e.timestamp()).toSeconds())
                .containsExactly(0L, 2L, 8L);
        assertThat(result.output()).isEqualTo(Runs.json(
                "{\"a\": 1, \"error\": {\"Error\": \"Boom\", \"Cause\": \"it broke\"}}"));
    }

    @Test
    void retryCountIsInTheContextObject() {
        String asl = """
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"retry.$": "$$.State.RetryCount"},
                  "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 5}], "End": true}}}""";
        ExecutionResult result = Interpreter.run(Runs.request(asl, "{}").withResolver(call ->
                call.attempt() < 2 ? TaskOutcome.failure("Flaky", null) : TaskOutcome.success(call.input())));
        assertThat(result.output()).isEqualTo(Runs.json("{\"retry\": 2}"));
    }

    @Test
    void parallelResultsAreInBranchOrder() {
        String asl = """
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "Slow", "States": {"Slow": {"Type": "Wait", "Seconds": 5, "Next": "A"},
                    "A": {"Type": "Pass", "Result": "a", "End": true}}},
                  {"StartAt": "B", "States": {"B": {"Type": "Pass", "Result": "b", "End": true}}}]}}}""";
        ExecutionResult result = Runs.run(asl, "{}");
        assertThat(result.output()).isEqualTo(Runs.json("[\"a\", \"b\"]"));
        assertThat(Runs.last(result, "ParallelStateExited").timestamp()).isEqualTo(Runs.START.plusSeconds(5));
    }

    @Test
    void failingBranchFailsTheParallelStateWithItsError() {
        String asl = """
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 5, "End": true}}},
                  {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "Broken", "Cause": "b"}}}]}}}""";
        ExecutionResult result = Runs.run(asl, "{}");
        assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo("Broken");
        assertThat(Runs.types(result)).doesNotContain("WaitStateExited");
    }

    @Test
    void mapRunsIterationsWithTheItemInContext() {
        String asl = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 2,
                  "ItemSelector": {"i.$": "$$.Map.Item.Index", "v.$": "$$.Map.Item.Value"},
                  "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}},
                  "End": true}}}""";
        ExecutionResult result = Runs.run(asl, "{\"items\": [\"x\", \"y\", \"z\"]}");
        assertThat(result.output()).isEqualTo(Runs.json(
                "[{\"i\": 0, \"v\": \"x\"}, {\"i\": 1, \"v\": \"y\"}, {\"i\": 2, \"v\": \"z\"}]"));
    }

    @Test
    void mapFailsOnceTheToleratedFailuresAreExceeded() {
        String asl = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "ToleratedFailureCount": 1,
                  "ItemProcessor": {"StartAt": "C", "States": {
                    "C": {"Type": "Choice", "Choices": [{"Variable": "$", "NumericGreaterThan": 1, "Next": "F"}],
                      "Default": "P"},
                    "F": {"Type": "Fail", "Error": "TooBig"}, "P": {"Type": "Pass", "End": true}}},
                  "End": true}}}""";
        assertThat(Runs.run(asl, "[1, 2]").status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        ExecutionResult failed = Runs.run(asl, "[1, 2, 3]");
        assertThat(failed.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
    }

    @Test
    void executionTimeoutEndsItTimedOut() {
        String asl = """
                {"StartAt": "W", "TimeoutSeconds": 10, "States": {"W": {"Type": "Wait", "Seconds": 60,
                  "End": true}}}""";
        ExecutionResult result = Runs.run(asl, "{}");
        assertThat(result.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(Runs.last(result, "ExecutionTimedOut").timestamp()).isEqualTo(Runs.START.plusSeconds(10));
    }

    @Test
    void expressExecutionsStopAfterFiveMinutes() {
        String asl = """
                {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 600, "End": true}}}""";
        ExecutionResult result = Interpreter.run(Runs.request(asl, "{}").withType(WorkflowType.EXPRESS));
        assertThat(result.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    }

    @Test
    void oversizedOutputFailsWithDataLimitExceeded() {
        String asl = """
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""";
        String big = "{\"s\": \"" + "x".repeat(300_000) + "\"}";
        ExecutionResult result = Runs.run(asl, big);
        assertThat(result.error()).isEqualTo("States.DataLimitExceeded");
    }

    @Test
    void historyLimitFailsALoopThatNeverEnds() {
        String asl = """
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"},
                  "B": {"Type": "Choice", "Choices": [{"Variable": "$.stop", "IsPresent": true, "Next": "C"}],
                    "Default": "A"},
                  "C": {"Type": "Succeed"}}}""";
        ExecutionResult result = Interpreter.run(Runs.request(asl, "{}")
                .withLimits(Limits.AWS.withMaxHistoryEvents(100)));
        assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.cause()).contains("100 events");
    }

    @Test
    void sameInputsGiveTheSameHistory() {
        String asl = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "MaxConcurrency": 3,
                  "ItemProcessor": {"StartAt": "W", "States": {"W": {"Type": "Wait", "SecondsPath": "$",
                    "End": true}}}, "End": true}}}""";
        ExecutionResult first = Runs.run(asl, "[3, 1, 2, 0]");
        ExecutionResult second = Runs.run(asl, "[3, 1, 2, 0]");
        assertThat(second.history()).isEqualTo(first.history());
    }

    @Test
    void noChoiceMatchedFailsTheExecution() {
        String asl = """
                {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.x",
                  "IsPresent": true, "Next": "D"}]}, "D": {"Type": "Succeed"}}}""";
        assertThat(Runs.run(asl, "{}").error()).isEqualTo("States.NoChoiceMatched");
    }

    @Test
    void expressExecutionsHaveExpressArnsAndSynchronousOnesNoRedriveCount() {
        String asl = """
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "Parameters": {"e.$": "$$.Execution"},
                  "End": true}}}""";
        ExecutionRequest express = Runs.request(asl, "{}").withType(WorkflowType.EXPRESS);
        JsonNode async = Interpreter.run(express).output().get("e");
        JsonNode sync = Interpreter.run(express.withSynchronous(true)).output().get("e");
        assertThat(async.get("Id").textValue()).matches("arn:aws:states:us-east-1:111111111111:express:statewise:local:"
                + "[0-9a-f-]{36}");
        assertThat(async.has("RedriveCount")).isTrue();
        assertThat(sync.has("RedriveCount")).isFalse();
    }

    @Test
    void taskResultOverThePayloadLimitIsATaskFailureThatStatesAllCatches() {
        String asl = """
                {"StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Done",
                        "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}]},
                  "Done": {"Type": "Succeed"}, "Caught": {"Type": "Succeed"}}}""";
        JsonNode big = Runs.json("{\"s\": \"" + "x".repeat(300_000) + "\"}");
        ExecutionResult result = Interpreter.run(Runs.request(asl, "{}").withResolver(call -> TaskOutcome.success(big)));
        assertThat(Runs.types(result)).containsSubsequence("TaskStarted", "TaskFailed", "TaskStateExited",
                "SucceedStateEntered", "ExecutionSucceeded").doesNotContain("TaskSucceeded");
        assertThat(Runs.last(result, "TaskFailed").details().path("cause").asText())
                .isEqualTo("The state/task 'lambda' returned a result with a size exceeding the maximum number of"
                        + " bytes service limit.");
        assertThat(Runs.last(result, "SucceedStateEntered").details().path("name").asText()).isEqualTo("Caught");
    }

    @Test
    void statesOwnOversizedOutputIsNotCaughtByStatesAll() {
        String asl = """
                {"StartAt": "P", "States": {
                  "P": {"Type": "Parallel", "Branches": [
                          {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
                          {"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}],
                        "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}], "End": true},
                  "Caught": {"Type": "Succeed"}}}""";
        ExecutionResult result = Runs.run(asl, "{\"s\": \"" + "x".repeat(200_000) + "\"}");
        assertThat(result.error()).isEqualTo("States.DataLimitExceeded");
    }

    @Test
    void statesRuntimeIsNotCaughtEvenByName() {
        String asl = """
                {"StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "OutputPath": "$.no.such",
                        "Catch": [{"ErrorEquals": ["States.Runtime"], "Next": "Caught"}], "End": true},
                  "Caught": {"Type": "Succeed"}}}""";
        ExecutionResult result = Interpreter.run(Runs.request(asl, "{}")
                .withResolver(call -> TaskOutcome.success(Runs.json("{}"))));
        assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo("States.Runtime");
        assertThat(Runs.types(result)).doesNotContain("TaskStateExited");
    }

    @Test
    void taskThatDoesNotAnswerTimesOutAfterItsTimeout() {
        String asl = """
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
                  "TimeoutSeconds": 30, "HeartbeatSeconds": 10, "End": true}}}""";
        ExecutionRequest request = Runs.request(asl, "{}");
        ExecutionResult timeout = Interpreter.run(request.withResolver(call -> TaskOutcome.timedOut("States.Timeout")));
        assertThat(Runs.types(timeout)).containsSubsequence("TaskStarted", "TaskTimedOut", "ExecutionFailed");
        assertThat(timeout.error()).isEqualTo("States.Timeout");
        assertThat(Runs.last(timeout, "TaskTimedOut").timestamp()).isEqualTo(Runs.START.plusSeconds(30));
        ExecutionResult heartbeat = Interpreter.run(request.withResolver(
                call -> TaskOutcome.timedOut("States.HeartbeatTimeout")));
        assertThat(heartbeat.error()).isEqualTo("States.HeartbeatTimeout");
        assertThat(Runs.last(heartbeat, "TaskTimedOut").timestamp()).isEqualTo(Runs.START.plusSeconds(10));
    }

    @Test
    void siblingsOfAFailedBranchRecordTheirStatesAborted() {
        String asl = """
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 5, "End": true}}},
                  {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "Broken"}}}]}}}""";
        assertThat(Runs.types(Runs.run(asl, "{}"))).containsSubsequence("WaitStateEntered", "FailStateEntered",
                "WaitStateAborted", "ParallelStateFailed", "ExecutionFailed");
    }

    @Test
    void runningIterationsOfAFailedMapAreAborted() {
        String asl = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "MaxConcurrency": 2, "ItemProcessor": {
                  "StartAt": "C", "States": {
                    "C": {"Type": "Choice", "Choices": [{"Variable": "$", "NumericEquals": 1, "Next": "F"}],
                      "Default": "W"},
                    "W": {"Type": "Wait", "Seconds": 5, "End": true}, "F": {"Type": "Fail", "Error": "One"}}},
                  "End": true}}}""";
        List<String> types = Runs.types(Runs.run(asl, "[0, 1, 2]"));
        assertThat(types).containsSubsequence("WaitStateAborted", "MapIterationAborted", "MapStateFailed");
        assertThat(types.stream().filter("MapIterationStarted"::equals)).hasSize(2);
    }
}
