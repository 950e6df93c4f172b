package statewise.engine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import statewise.engine.run.TaskCall;
import statewise.engine.run.TaskOutcome;
import statewise.engine.run.TaskResolver;

/**
 * The {@code loop-task} workload's Task, done in process as the npm peers do it with {@code inc} from
 * {@code shared/bench/lib/handlers.js}: {@code {i, n} -> {i: i + 1, n}}. Any other Lambda function answers
 * {@code Lambda.ResourceNotFoundException}, so a definition calling something else fails instead of being timed.
 */
final class IncHandler implements TaskResolver {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String FUNCTION = ":function:inc";

    @Override
    public TaskOutcome resolve(TaskCall call) {
        if (!call.resource().endsWith(FUNCTION)) {
            return TaskOutcome.failure("Lambda.ResourceNotFoundException", "no local handler for " + call.resource());
        }
        JsonNode input = call.input();
        ObjectNode output = NODES.objectNode();
        output.put("i", input.path("i").asLong() + 1);
        output.set("n", input.path("n"));
        return TaskOutcome.success(output);
    }
}
