package statewise.engine.run.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import statewise.engine.corpus.SharedCorpus;
import statewise.engine.run.TaskCall;
import statewise.engine.run.TaskOutcome;

class MockResolverTest {

    static TaskCall call(String state, int invocation) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return new TaskCall(state, "arn:aws:states:::lambda:invoke", nodes.objectNode(), 0, invocation,
                nodes.objectNode());
    }

    static MockResolver resolver(String text, String testCase) {
        MockConfig config = MockConfigReader.read(text, "mocks.json").config();
        assertNotNull(config);
        MockResolver resolver = config.select(null, testCase).resolver();
        assertNotNull(resolver);
        return resolver;
    }

    @Test
    void theInvocationIndexChoosesTheAnswerAndRangesAreInclusive() {
        MockResolver resolver = resolver(MockConfigReaderTest.VALID, "HappyPath");

        assertEquals(new TaskOutcome.Failure("Lambda.TooManyRequestsException", "slow down"),
                resolver.resolve(call("Notify", 0)));
        assertEquals(new TaskOutcome.Failure("Lambda.TooManyRequestsException", "slow down"),
                resolver.resolve(call("Notify", 1)));
        assertEquals(TaskOutcome.success(JsonNodeFactory.instance.textNode("sent")),
                resolver.resolve(call("Notify", 2)));
        assertEquals("{\"StatusCode\":200,\"Payload\":{\"charged\":true}}",
                ((TaskOutcome.Success) resolver.resolve(call("Charge", 0))).output().toString());
    }

    @Test
    void anInvocationPastTheListedOnesFailsNamingStateTestCaseAndFile() {
        TaskOutcome outcome = resolver(MockConfigReaderTest.VALID, "HappyPath").resolve(call("Notify", 3));

        assertEquals(new TaskOutcome.Failure("States.Runtime", "Task state 'Notify' was invoked for the 4th time "
                + "(invocation 3), but mocked response 'NotifyRetry' (test case 'HappyPath' in mocks.json) lists "
                + "invocations 0-1, 2 only."), outcome);
    }

    @Test
    void aStateWithoutMockFailsNamingStateTestCaseAndFile() {
        TaskOutcome outcome = resolver(MockConfigReaderTest.VALID, "HappyPath").resolve(call("Ship", 0));

        assertEquals(new TaskOutcome.Failure("States.Runtime", "No mocked response for Task state 'Ship' in test "
                + "case 'HappyPath' of state machine 'Orders' in mocks.json."), outcome);
    }

    @Test
    void selectingAnUnknownTestCaseSaysWhichExist() {
        MockConfig config = MockConfigReader.read(MockConfigReaderTest.VALID, "mocks.json").config();
        assertNotNull(config);

        assertEquals("no state machine in mocks.json has a test case 'Sad' (it has: Orders/HappyPath)",
                config.select(null, "Sad").problem());
        assertEquals("mocks.json has no state machine 'Billing' (it has: Orders)",
                config.select("Billing", "HappyPath").problem());
    }

    @Test
    void theCorpusMockOfNumberedResponsesAnswersInTurn() throws IOException {
        JsonNode mock = localstackMock("v2_local_mocking_test_base_scenarios_TestBaseScenarios_test_numbered_mock_"
                + "responses_multiple_success_invocations-68413362");
        MockResolver resolver = resolver(mock.get("mock_configs").get(0).toString(), mock.get("test_case").asText());

        assertEquals("running", payloadStatus(resolver.resolve(call("LambdaState", 0))));
        assertEquals("completed", payloadStatus(resolver.resolve(call("LambdaState", 1))));
        assertEquals("States.Runtime", ((TaskOutcome.Failure) resolver.resolve(call("LambdaState", 2))).error());
    }

    @Test
    void theCorpusMockOfAFailingCallbackThrows() throws IOException {
        JsonNode mock = localstackMock("v2_local_mocking_test_base_callbacks_TestBaseScenarios_test_sqs_wait_for_task_"
                + "token_task_failure-0d6ba197");
        MockResolver resolver = resolver(mock.get("mock_configs").get(0).toString(), mock.get("test_case").asText());

        assertEquals(new TaskOutcome.Failure("Failure error", "Failure cause"),
                resolver.resolve(call("SendMessageWithWait", 0)));
    }

    private static String payloadStatus(TaskOutcome outcome) {
        return ((TaskOutcome.Success) outcome).output().path("Payload").path("status").asText();
    }

    private static JsonNode localstackMock(String id) throws IOException {
        Path file = SharedCorpus.root().resolve("conformance/cases/services").resolve(id + ".json");
        return new ObjectMapper().readTree(file.toFile()).get("localstack_mock");
    }
}
