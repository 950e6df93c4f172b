package statewise.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import statewise.engine.run.mock.MockConfig;
import statewise.engine.run.mock.MockConfigReader;

/**
 * Mock files count invocations as AWS Step Functions Local does: per state, across its retries and across Map
 * iterations (in the order they run, one at a time with {@code MaxConcurrency: 1}), for the whole execution; an
 * invocation the mocked response does not list fails the run with a message naming it.
 */
class MockInvocationsTest {

    private static final String MOCKS = """
            {"StateMachines": {"Flow": {"TestCases": {"Case": {"Fetch": "Numbered"}}}},
             "MockedResponses": {"Numbered": {
               "0-1": {"Throw": {"Error": "Lambda.TooManyRequestsException", "Cause": "busy"}},
               "2": {"Return": "second try's answer"},
               "3": {"Return": "b"},
               "4": {"Return": "c"}}}}
            """;

    private static TaskResolver mocks() {
        MockConfig config = MockConfigReader.read(MOCKS, "mocks.json").config();
        assertThat(config).isNotNull();
        return TaskSources.NONE.withMocks(config.select(null, "Case").resolver()).resolver();
    }

    private static ExecutionResult run(String asl) {
        return Interpreter.run(Runs.request(asl, "{\"items\": [1, 2, 3]}").withResolver(mocks()));
    }

    private static final String RETRIED = """
            "Fetch": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
              "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException"], "IntervalSeconds": 1,
                         "MaxAttempts": 2}]}""";

    private static final String MAP = """
            {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 1,
              "End": true, "ItemProcessor": {"StartAt": "Fetch", "States": {%s}}}}}""";

    @Test
    void retriesOfAStateTakeTheNextInvocationsAnswers() {
        ExecutionResult result = run("{\"StartAt\": \"Fetch\", \"States\": {" + RETRIED + "}}");

        assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(result.output().asText()).isEqualTo("second try's answer");
        assertThat(Runs.types(result).stream().filter("TaskFailed"::equals)).hasSize(2);
    }

    @Test
    void mapIterationsContinueTheStatesCountAfterItsRetries() {
        ExecutionResult result = run(MAP.formatted(RETRIED));

        assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(result.output().toString()).isEqualTo("[\"second try's answer\",\"b\",\"c\"]");
    }

    @Test
    void anInvocationTheResponseDoesNotListFailsTheRunNamingIt() {
        ExecutionResult result = Interpreter.run(Runs.request(MAP.formatted(RETRIED), "{\"items\": [1, 2, 3, 4]}")
                .withResolver(mocks()));

        assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo("States.Runtime");
        assertThat(result.cause()).isEqualTo("Task state 'Fetch' was invoked for the 6th time (invocation 5), but "
                + "mocked response 'Numbered' (test case 'Case' in mocks.json) lists invocations 0-1, 2, 3, 4 only.");
    }
}
