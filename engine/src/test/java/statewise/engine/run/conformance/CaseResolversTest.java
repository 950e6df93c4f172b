package statewise.engine.run.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import statewise.engine.run.ExecutionIdentity;
import statewise.engine.run.TaskCall;
import statewise.engine.run.TaskOutcome;
import statewise.engine.run.TaskResolver;
import statewise.engine.run.WorkflowType;

class CaseResolversTest {

    private static final String ID_FUNCTION = "[{\"function_name\": \"id_fn\", \"handler_file\": \"id_function.py\"}]";
    private static final String ARN = "arn:aws:lambda:us-east-1:111111111111:function:id_fn";

    @ParameterizedTest
    @ValueSource(strings = {
            "v2_express_test_express_async_TestExpressAsync_test_catch-d5b2e873",
            "v2_express_test_express_async_TestExpressAsync_test_retry-f6579a83",
            "v2_express_test_express_sync_TestExpressSync_test_retry-fdc1230d",
            "v2_local_mocking_test_base_scenarios_TestBaseScenarios_test_lambda_service_invoke_sync_execution"
                    + "-d6c45ee3"})
    void expressCasesWithoutHistoryRunOnTheCorpusLambdas(String id) throws IOException {
        CaseResult result = ConformanceRunner.interpreter().run(ConformanceCase.read(
                CaseReaderTest.caseFile("services", id)));

        assertTrue(result.passed(), () -> String.join("\n", result.report()));
    }

    @Test
    void recordedResultsComeFirstAndTheFunctionsAnswerWhatTheHistoryLacks() {
        TaskResolver resolver = CaseResolvers.forCase(testCase(history(
                "{\"id\": 1, \"previousEventId\": 0, \"type\": \"TaskStateEntered\", "
                        + "\"stateEnteredEventDetails\": {\"name\": \"Recorded\"}}",
                "{\"id\": 2, \"previousEventId\": 1, \"type\": \"LambdaFunctionSucceeded\", "
                        + "\"lambdaFunctionSucceededEventDetails\": {\"output\": \"{\\\"recorded\\\": true}\"}}")));

        assertEquals(TaskOutcome.success(Histories.json("{\"recorded\": true}")),
                resolver.resolve(call("Recorded", "{\"a\": 1}")));
        assertEquals(TaskOutcome.success(Histories.json("{\"a\": 1}")), resolver.resolve(call("Other", "{\"a\": 1}")));
    }

    @Test
    void aFunctionsRecordedErrorJsonIsReplayedAsThePythonRuntimeWroteIt() {
        TaskResolver resolver = RecordedTaskResolver.of("case", history(
                "{\"id\": 1, \"previousEventId\": 0, \"type\": \"TaskStateEntered\", "
                        + "\"stateEnteredEventDetails\": {\"name\": \"Direct\"}}",
                "{\"id\": 2, \"previousEventId\": 1, \"type\": \"LambdaFunctionFailed\", "
                        + "\"lambdaFunctionFailedEventDetails\": {\"error\": \"E\", "
                        + "\"cause\": {\"errorType\": \"E\"}}}",
                "{\"id\": 3, \"previousEventId\": 0, \"type\": \"TaskStateEntered\", "
                        + "\"stateEnteredEventDetails\": {\"name\": \"Invoke\"}}",
                "{\"id\": 4, \"previousEventId\": 3, \"type\": \"TaskFailed\", "
                        + "\"taskFailedEventDetails\": {\"error\": \"E\", \"cause\": {\"errorType\": \"E\"}}}"));

        assertEquals("{\"errorType\": \"E\"}", failure(resolver.resolve(call("Direct", "{}"))).cause());
        assertEquals("{\"errorType\":\"E\"}", failure(resolver.resolve(call("Invoke", "{}"))).cause());
    }

    private static TaskOutcome.Failure failure(TaskOutcome outcome) {
        return assertInstanceOf(TaskOutcome.Failure.class, outcome);
    }

    private static List<ObjectNode> history(String... events) {
        List<ObjectNode> history = new ArrayList<>();
        for (String event : events) {
            history.add((ObjectNode) Histories.json(event));
        }
        return history;
    }

    private static ConformanceCase testCase(List<ObjectNode> history) {
        JsonNode lambdas = Histories.json(ID_FUNCTION);
        return new ConformanceCase("case", "execution", "services", "services", Histories.json("{}"), null,
                new ExecutionIdentity("111111111111", "us-east-1", "machine", "exec", "arn:aws:iam::1:role/r"),
                WorkflowType.STANDARD, new Expectation("SUCCEEDED", null, null, null, null, history),
                Normalization.NONE, null, lambdas, List.of(), Instant.EPOCH, Path.of("case.json"));
    }

    private static TaskCall call(String state, String input) {
        return new TaskCall(state, ARN, Histories.json(input), 0, 0, Histories.json("{}"));
    }
}
