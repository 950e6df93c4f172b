package statewise.engine.run.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import statewise.engine.run.ExecutionIdentity;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.ExecutionStatus;

/**
 * The answers of Step Functions' own API as the {@code states} integration returns them: StartExecution's
 * {@code {ExecutionArn, StartDate}} with the HTTP metadata, and DescribeExecution's description of a finished
 * execution, which {@code .sync} ({@code Input} and {@code Output} as JSON text) and {@code .sync:2} (as JSON values,
 * with the redrive members) return. Dates are epoch milliseconds, as the integration writes them.
 */
final class ExecutionEnvelope {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ExecutionEnvelope() {
    }

    /** StartExecution's answer. */
    static ObjectNode started(ExecutionIdentity identity, Instant start) {
        ObjectNode answer = NODES.objectNode();
        answer.put("ExecutionArn", identity.executionArn());
        answer.put("StartDate", start.toEpochMilli());
        String body = "{\"executionArn\":\"" + identity.executionArn() + "\",\"startDate\":"
                + start.toEpochMilli() / 1000.0 + "}";
        return SdkEnvelope.wrap(answer, body.getBytes(StandardCharsets.UTF_8).length, start,
                identity.executionArn() + "#StartExecution");
    }

    /** DescribeExecution's answer for a finished execution, with its payloads as JSON text or as values. */
    static ObjectNode described(ExecutionIdentity identity, JsonNode input, Instant start, Instant stop,
            ExecutionResult result, boolean jsonText) {
        ObjectNode answer = NODES.objectNode();
        if (result.cause() != null) {
            answer.put("Cause", result.cause());
        }
        if (result.error() != null) {
            answer.put("Error", result.error());
        }
        answer.put("ExecutionArn", identity.executionArn());
        payload(answer, "Input", input, jsonText);
        answer.putObject("InputDetails").put("Included", true);
        answer.put("Name", identity.executionName());
        if (result.status() == ExecutionStatus.SUCCEEDED && result.output() != null) {
            payload(answer, "Output", result.output(), jsonText);
            answer.putObject("OutputDetails").put("Included", true);
        }
        if (!jsonText && result.status() == ExecutionStatus.SUCCEEDED) {
            answer.put("RedriveCount", 0);
            answer.put("RedriveStatus", "NOT_REDRIVABLE");
            answer.put("RedriveStatusReason", "Execution is SUCCEEDED and cannot be redriven");
        }
        answer.put("StartDate", start.toEpochMilli());
        answer.put("StateMachineArn", identity.stateMachineArn());
        answer.put("Status", result.status().name());
        answer.put("StopDate", stop.toEpochMilli());
        return answer;
    }

    private static void payload(ObjectNode answer, String member, JsonNode value, boolean jsonText) {
        if (jsonText) {
            answer.put(member, value.toString());
        } else {
            answer.set(member, value);
        }
    }
}
