package statewise.engine.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * Places a state's result into its input at a {@code ResultPath}, copying only the containers on the way (the
 * input is never modified). Missing members on the way become empty objects, as AWS creates them; a member that
 * exists but is no object, an input that is no object, or an index outside an existing array cannot take the
 * result, and fail with {@code States.ResultPathMatchFailure}.
 */
final class ResultPaths {

    private static final BoundedCache<String, Object[]> STEPS = new BoundedCache<>(1024);

    private ResultPaths() {
    }

    static JsonNode place(JsonNode input, String resultPath, JsonNode result) {
        Object[] steps = STEPS.get(resultPath, ResultPaths::compile);
        if (steps.length == 0) {
            return result;
        }
        JsonNode placed = place(input, steps, 0, result);
        if (placed == null) {
            throw new QueryFailure(QueryFailure.RESULT_PATH_MATCH_FAILURE, "Unable to apply ResultPath '"
                    + resultPath + "' to input '" + JsonText.compact(input) + "'");
        }
        return placed;
    }

    private static Object[] compile(String resultPath) {
        ParseResult<AslPath> parsed = JsonPaths.checkResultPath(resultPath);
        if (parsed instanceof ParseResult.Failed<AslPath> failed) {
            throw QueryFailure.runtime("Invalid path '" + resultPath + "' : " + failed.error().message());
        }
        Object[] steps = PathSteps.ofReference(parsed.result().orElseThrow().jsonPath());
        if (steps == null) {
            throw QueryFailure.runtime("Invalid path '" + resultPath + "' : a ResultPath must be a Reference Path");
        }
        return steps;
    }

    /**
     * Precondition: {@code at < steps.length}. Returns a copy of {@code node} with the result placed, or null when
     * {@code node} does not have the shape the remaining steps need.
     */
    private static @Nullable JsonNode place(JsonNode node, Object[] steps, int at, JsonNode result) {
        boolean last = at == steps.length - 1;
        if (steps[at] instanceof String name) {
            if (!node.isObject()) {
                return null;
            }
            JsonNode child = node.get(name);
            if (!last && child == null && steps[at + 1] instanceof String) {
                child = JsonText.NODES.objectNode();
            }
            JsonNode value = last ? result : child == null ? null : place(child, steps, at + 1, result);
            if (value == null) {
                return null;
            }
            ObjectNode copy = JsonText.NODES.objectNode();
            copy.setAll((ObjectNode) node);
            copy.set(name, value);
            return copy;
        }
        int index = (Integer) steps[at];
        if (!node.isArray() || index < 0 || index >= node.size()) {
            return null;
        }
        JsonNode value = last ? result : place(node.get(index), steps, at + 1, result);
        if (value == null) {
            return null;
        }
        ArrayNode copy = JsonText.NODES.arrayNode(node.size());
        copy.addAll((ArrayNode) node);
        copy.set(index, value);
        return copy;
    }
}
