package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One invocation of a Task state's resource, as a resolver sees it.
 *
 * @param stateName  the Task state's name
 * @param resource   the state's {@code Resource} ARN as written
 * @param input      the effective input: what the resource receives (after InputPath and Parameters/Arguments)
 * @param attempt    0 for the first invocation, then 1, 2, ... for each retry
 * @param invocation how many times this state has invoked its resource before in this execution (counting
 *                   retries, loops and Map iterations): the index a MockConfigFile response is chosen by
 * @param context    the context object ({@code $$}) at the time of the call
 */
public record TaskCall(String stateName, String resource, JsonNode input, int attempt, int invocation,
        JsonNode context) {
}
