package statewise.engine.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import statewise.engine.model.TaskState;
import statewise.engine.run.IntegrationPattern;

/**
 * The placeholder {@code Return} of a new mocked response, shaped as the Task's integration answers, so that the
 * state's ResultSelector and ResultPath work on it before the user fills in real values: {@code lambda:invoke}'s
 * envelope around an empty {@code Payload}, a legacy Lambda ARN's bare payload, an HTTP Task's response, a nested
 * execution's StartExecution or DescribeExecution answer ({@code .sync} with Input and Output as JSON text,
 * {@code .sync:2} as values), and an empty object for the rest (a callback's or an activity's answer is whatever
 * its worker sends).
 */
final class MockReturns {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String STATES = "arn:aws:states:::";
    private static final String EXECUTION_ARN = "arn:aws:states:us-east-1:111111111111:execution:StateMachine:name";

    private MockReturns() {
    }

    static JsonNode of(TaskState task) {
        String resource = Objects.requireNonNullElse(task.resource(), "");
        IntegrationPattern pattern = IntegrationPattern.of(resource);
        if (pattern == IntegrationPattern.CALLBACK || pattern == IntegrationPattern.ACTIVITY) {
            return NODES.objectNode();
        }
        if (resource.startsWith(STATES + "lambda:invoke")) {
            ObjectNode result = NODES.objectNode();
            result.put("ExecutedVersion", "$LATEST");
            result.putObject("Payload");
            result.put("StatusCode", 200);
            return result;
        }
        if (resource.startsWith(STATES + "http:invoke")) {
            ObjectNode result = NODES.objectNode();
            result.putObject("Headers");
            result.putObject("ResponseBody");
            result.put("StatusCode", 200);
            result.put("StatusText", "OK");
            return result;
        }
        if (resource.startsWith(STATES + "states:startExecution")) {
            return execution(pattern);
        }
        return NODES.objectNode();
    }

    private static JsonNode execution(IntegrationPattern pattern) {
        ObjectNode result = NODES.objectNode();
        result.put("ExecutionArn", EXECUTION_ARN);
        if (pattern == IntegrationPattern.REQUEST_RESPONSE) {
            result.put("StartDate", 0);
            return result;
        }
        boolean text = pattern == IntegrationPattern.SYNC;
        result.set("Input", text ? NODES.textNode("{}") : NODES.objectNode());
        result.set("Output", text ? NODES.textNode("{}") : NODES.objectNode());
        result.put("Status", "SUCCEEDED");
        return result;
    }
}
