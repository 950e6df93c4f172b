package statewise.engine.run.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.ExecutionIdentity;
import statewise.engine.teststate.InspectionLevel;
import statewise.engine.teststate.StateConfiguration;
import statewise.engine.teststate.TestStateMock;
import statewise.engine.teststate.TestStateRequest;

/**
 * Turns a {@code test_state} or {@code test_state_error} case's {@code test_state_arguments} into a TestState
 * request: the state, the inspection level, the mock, variables, context object and state configuration, the
 * case's identity, and the case's Lambda functions or recorded results for tasks without a mock.
 */
final class TestStateCases {

    static final String STATE_MACHINE_NAME = "TestStateMachine";
    static final String EXECUTION_NAME = "test-state-execution";
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestStateCases() {
    }

    /** The case file's {@code test_state_arguments}. */
    static JsonNode arguments(ConformanceCase testCase) throws IOException {
        return JSON.readTree(testCase.file().toFile()).path("test_state_arguments");
    }

    static TestStateRequest request(ConformanceCase testCase, JsonNode arguments) throws InvalidCaseException {
        JsonNode input = testCase.input() == null ? JsonNodeFactory.instance.objectNode() : testCase.input();
        ExecutionIdentity base = testCase.identity();
        String roleArn = text(arguments, "roleArn");
        ExecutionIdentity identity = new ExecutionIdentity(base.accountId(), base.region(), STATE_MACHINE_NAME,
                EXECUTION_NAME, roleArn == null ? base.roleArn() : roleArn);
        return new TestStateRequest(testCase.definition(), text(arguments, "stateName"), input,
                InspectionLevel.valueOf(arguments.path("inspectionLevel").asText("INFO")), mock(arguments.get("mock")),
                variables(text(arguments, "variables")), text(arguments, "context"),
                configuration(arguments.path("stateConfiguration")), roleArn, identity,
                CaseResolvers.forCase(testCase), arguments.path("revealSecrets").asBoolean(false),
                testCase.startTime());
    }

    private static @Nullable TestStateMock mock(@Nullable JsonNode mock) {
        if (mock == null || !mock.isObject()) {
            return null;
        }
        JsonNode errorOutput = mock.get("errorOutput");
        return new TestStateMock(text(mock, "result"), errorOutput == null ? null : text(errorOutput, "error"),
                errorOutput == null ? null : text(errorOutput, "cause"), errorOutput != null,
                mock.path("fieldValidationMode").asText("STRICT"));
    }

    private static Map<String, JsonNode> variables(@Nullable String text) throws InvalidCaseException {
        Map<String, JsonNode> variables = new LinkedHashMap<>();
        if (text == null) {
            return variables;
        }
        try {
            JsonNode parsed = JSON.readTree(text);
            for (Iterator<Map.Entry<String, JsonNode>> it = parsed.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                variables.put(e.getKey(), e.getValue());
            }
        } catch (JsonProcessingException e) {
            throw new InvalidCaseException("test_state_arguments.variables is not JSON: " + e.getOriginalMessage(), e);
        }
        return variables;
    }

    private static StateConfiguration configuration(JsonNode configuration) {
        JsonNode items = configuration.get("mapItemReaderData");
        return new StateConfiguration(configuration.path("retrierRetryCount").asInt(0),
                configuration.path("mapIterationFailureCount").asInt(0), text(configuration, "errorCausedByState"),
                items);
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.isTextual() ? value.textValue() : value.toString();
    }

    /** Our answer as the recording normalised AWS's: every ISO-8601 date in a string becomes {@code "date"}. */
    static JsonNode normalized(JsonNode answer) {
        if (answer.isTextual()) {
            return JsonNodeFactory.instance.textNode(IsoDates.PATTERN.matcher(answer.textValue()).replaceAll("date"));
        }
        if (answer.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            answer.fields().forEachRemaining(e -> copy.set(e.getKey(), normalized(e.getValue())));
            return copy;
        }
        if (answer.isArray()) {
            var copy = JsonNodeFactory.instance.arrayNode();
            answer.forEach(item -> copy.add(normalized(item)));
            return copy;
        }
        return answer;
    }
}
