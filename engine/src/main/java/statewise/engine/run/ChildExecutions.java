package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What each child execution of a distributed Map run did, in the shape AWS's ResultWriter writes it to
 * {@code SUCCEEDED_0.json} and {@code FAILED_0.json}: ExecutionArn, Name, Input, Output or Error and Cause, the
 * start and stop dates, the child state machine's ARN, Status.
 */
final class ChildExecutions {

    private final String mapRunArn;
    private final ObjectNode[] children;

    /** @param mapRunArn the map run's ARN, from which the children's ARNs are made */
    ChildExecutions(String mapRunArn, int count) {
        this.mapRunArn = mapRunArn;
        this.children = new ObjectNode[count];
    }

    void started(int index, JsonNode input, Instant now) {
        String name = UUID.nameUUIDFromBytes((mapRunArn + "#" + index).getBytes(StandardCharsets.UTF_8)).toString();
        String prefix = mapRunArn.substring(0, mapRunArn.lastIndexOf(':')).replace(":mapRun:", ":execution:");
        ObjectNode child = ExecutionRun.NODES.objectNode();
        child.put("ExecutionArn", prefix + ":" + name);
        child.put("Input", input.toString());
        child.putObject("InputDetails").put("Included", true);
        child.put("Name", name);
        child.put("RedriveCount", 0);
        child.put("StartDate", now.toString());
        child.put("StateMachineArn", prefix.replace(":execution:", ":stateMachine:"));
        children[index] = child;
    }

    void succeeded(int index, JsonNode output, Instant now) {
        ObjectNode child = children[index];
        child.put("Output", output.toString());
        child.putObject("OutputDetails").put("Included", true);
        child.put("Status", "SUCCEEDED");
        child.put("StopDate", now.toString());
    }

    void failed(int index, @Nullable String error, @Nullable String cause, Instant now) {
        ObjectNode child = children[index];
        if (child == null) {
            return;
        }
        if (error != null) {
            child.put("Error", error);
        }
        if (cause != null) {
            child.put("Cause", cause);
        }
        child.put("Status", "FAILED");
        child.put("StopDate", now.toString());
    }

    /** Every child that ended, in item order. */
    ArrayNode all() {
        ArrayNode list = ExecutionRun.NODES.arrayNode();
        for (ObjectNode child : children) {
            if (child != null && child.has("Status")) {
                list.add(child);
            }
        }
        return list;
    }

    /** The children that ended with {@code status} (SUCCEEDED or FAILED), in item order. */
    ArrayNode withStatus(String status) {
        ArrayNode list = ExecutionRun.NODES.arrayNode();
        for (ObjectNode child : children) {
            if (child != null && status.equals(child.path("Status").asText())) {
                list.add(child);
            }
        }
        return list;
    }
}
