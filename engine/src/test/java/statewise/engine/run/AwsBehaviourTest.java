package statewise.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.run.history.HistoryEvent;

/**
 * Runs behave as AWS does today unless asked to behave as AWS did on a given day (a recording's date), and the
 * history details AWS changed over time follow that day.
 */
class AwsBehaviourTest {

    private static final String DISTRIBUTED_MAP = """
            {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "ItemProcessor": {
              "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
              "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}""";

    private static final String CONTEXT = """
            {"StartAt": "P", "States": {"P": {"Type": "Pass", "Parameters": {"e.$": "$$.Execution"},
              "End": true}}}""";

    private static final AwsBehaviour AUGUST_2024 = AwsBehaviour.asOf(Instant.parse("2024-08-19T08:59:42Z"));
    private static final AwsBehaviour OCTOBER_2023 = AwsBehaviour.asOf(Instant.parse("2023-10-24T17:18:16Z"));

    @Test
    void requestsBehaveAsAwsDoesToday() {
        assertThat(Runs.request(CONTEXT, "{}").behaviour()).isEqualTo(AwsBehaviour.CURRENT);
    }

    @Test
    void distributedMapExitFollowsMapRunStartedAsAwsDoesToday() {
        ExecutionResult result = Interpreter.run(Runs.request(DISTRIBUTED_MAP, "[1, 2]"));
        assertThat(exitedFollows(result)).isEqualTo("MapRunStarted");
    }

    @Test
    void distributedMapExitFollowsMapRunSucceededBeforeNovember2024() {
        ExecutionResult result = Interpreter.run(Runs.request(DISTRIBUTED_MAP, "[1, 2]").withBehaviour(AUGUST_2024));
        assertThat(exitedFollows(result)).isEqualTo("MapRunSucceeded");
    }

    @Test
    void contextObjectHasRedriveCountSinceRedriveLaunched() {
        ExecutionResult today = Interpreter.run(Runs.request(CONTEXT, "{}"));
        ExecutionResult before = Interpreter.run(Runs.request(CONTEXT, "{}").withBehaviour(OCTOBER_2023));
        assertThat(today.output().get("e").has("RedriveCount")).isTrue();
        assertThat(before.output().get("e").has("RedriveCount")).isFalse();
        assertThat(before.output().get("e").has("RoleArn")).isTrue();
    }

    @Test
    void taskFailingInAParallelBranchRecordsTaskStateAbortedOffTheChain() {
        String asl = """
                {"StartAt": "Par", "States": {"Par": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "T", "States": {"T": {"Type": "Task", "End": true,
                    "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "f"}}}}],
                  "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Done"}]},
                 "Done": {"Type": "Pass", "End": true}}}""";
        ExecutionRequest request = Runs.request(asl, "{}")
                .withResolver(call -> TaskOutcome.failure("Boom", "it failed"));
        ExecutionResult result = Interpreter.run(request);
        List<HistoryEvent> history = result.history();
        assertThat(Runs.types(result)).containsSubsequence("TaskFailed", "TaskStateAborted",
                "ParallelStateFailed", "ParallelStateExited");
        HistoryEvent failed = find(history, "TaskFailed");
        assertThat(find(history, "TaskStateAborted").previousEventId()).isEqualTo(failed.id());
        assertThat(find(history, "ParallelStateFailed").previousEventId()).isEqualTo(failed.id());
    }

    @Test
    void taskFailingOutsideAParallelBranchRecordsNoAbortedEvent() {
        String asl = """
                {"StartAt": "T", "States": {"T": {"Type": "Task", "End": true,
                  "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "f"}}}}""";
        ExecutionRequest request = Runs.request(asl, "{}")
                .withResolver(call -> TaskOutcome.failure("Boom", "it failed"));
        assertThat(Runs.types(Interpreter.run(request))).doesNotContain("TaskStateAborted");
    }

    private static String exitedFollows(ExecutionResult result) {
        HistoryEvent exited = find(result.history(), "MapStateExited");
        return result.history().get((int) exited.previousEventId() - 1).type().awsName();
    }

    private static HistoryEvent find(List<HistoryEvent> history, String type) {
        return history.stream().filter(e -> e.type().awsName().equals(type)).findFirst().orElseThrow();
    }
}
