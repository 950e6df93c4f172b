package statewise.engine.teststate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Set;
import statewise.engine.run.ExecutionIdentity;

/**
 * The context object ({@code $$}) a tested state sees: the one the caller gave (checked as AWS checks it), or one
 * generated as AWS generates it for TestState, an Express execution of a state machine holding the state.
 */
final class TestContext {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Set<String> ALLOWED = Set.of("Execution", "State", "StateMachine", "Task");
    private static final String INVALID = "Invalid Context object provided: ";

    private TestContext() {
    }

    static JsonNode of(TestStateRequest request, LocatedState located) throws TestStateException {
        return request.context() == null ? generated(request, located) : given(request.context(), located);
    }

    /** AWS names the state {@code StateName} in TestState's context object, whatever its name in the definition. */
    private static JsonNode generated(TestStateRequest request, LocatedState located) {
        ExecutionIdentity id = request.identity();
        String time = TIMESTAMP.format(request.startTime());
        ObjectNode context = JsonNodeFactory.instance.objectNode();
        ObjectNode execution = context.putObject("Execution");
        execution.put("Id", "arn:aws:states:" + id.region() + ":" + id.accountId() + ":express:"
                + id.stateMachineName() + ":" + id.executionName());
        execution.set("Input", request.input());
        execution.put("Name", id.executionName());
        execution.put("RoleArn", request.roleArn());
        execution.put("StartTime", time);
        ObjectNode machine = context.putObject("StateMachine");
        machine.put("Id", id.stateMachineArn());
        machine.put("Name", id.stateMachineName());
        ObjectNode state = context.putObject("State");
        state.put("Name", LocatedState.SINGLE_STATE_NAME);
        state.put("EnteredTime", time);
        if (Set.of("Task", "Map", "Parallel").contains(located.type())) {
            state.put("RetryCount", request.configuration().retrierRetryCount());
        }
        return context;
    }

    private static JsonNode given(String text, LocatedState located) throws TestStateException {
        JsonNode context;
        try {
            context = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw TestStateException.validation(INVALID + "not JSON (" + e.getOriginalMessage() + ")");
        }
        if (context == null || !context.isObject()) {
            throw TestStateException.validation(INVALID + "it must be a JSON object");
        }
        for (Iterator<String> it = context.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (field.equals("Map")) {
                throw TestStateException.validation(INVALID + "'Map' field is not supported when mocking a Context"
                        + " object");
            }
            if (!ALLOWED.contains(field)) {
                throw TestStateException.validation(INVALID + "Field '" + field + "' is not allowed");
            }
        }
        String resource = located.state().path("Resource").asText("");
        boolean pattern = resource.contains(".sync") || resource.endsWith(".waitForTaskToken");
        if (context.has("Task") && !(located.type().equals("Task") && pattern)) {
            throw TestStateException.validation(INVALID + "Context object contains 'Task' when state is not a Task"
                    + " state with a '.sync' or '.waitForTaskToken' service integration pattern");
        }
        JsonNode executionId = context.path("Execution").get("Id");
        if (executionId != null && !executionId.isTextual()) {
            throw TestStateException.validation(INVALID + "Execution.Id must be a string");
        }
        return context;
    }
}
