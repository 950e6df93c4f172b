package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.PathField;
import statewise.engine.query.JsonPathEvaluator;
import statewise.engine.query.PathScope;
import statewise.engine.query.PayloadTemplates;

/**
 * The input and output processing of JSONPath states, stage by stage in AWS's order: InputPath, Parameters (the
 * effective input), the state's result, ResultSelector, ResultPath, OutputPath, and Assign.
 */
final class JsonPathFlow {

    private JsonPathFlow() {
    }

    /** InputPath: absent keeps the input, null gives {@code {}}. */
    static JsonNode inputPath(@Nullable PathField path, PathScope scope) {
        return select(path, scope, "InputPath");
    }

    /** OutputPath: absent keeps the output, null gives {@code {}}. */
    static JsonNode outputPath(@Nullable PathField path, PathScope scope) {
        return select(path, scope, "OutputPath");
    }

    private static JsonNode select(@Nullable PathField path, PathScope scope, String field) {
        if (path == null) {
            return scope.input();
        }
        if (path.isNull()) {
            return ExecutionRun.NODES.objectNode();
        }
        return JsonPathEvaluator.select(path.path(), scope, field);
    }

    /** A payload template (Parameters, ResultSelector, ItemSelector) when present, else the value unchanged. */
    static JsonNode template(@Nullable JsonNode template, PathScope scope, String field) {
        return template == null ? scope.input() : PayloadTemplates.evaluate(template, scope, field);
    }

    /** ResultPath: absent replaces the input with the result, null keeps the input, a path places the result. */
    static JsonNode resultPath(@Nullable PathField path, JsonNode stateInput, JsonNode result) {
        if (path == null) {
            return result;
        }
        if (path.isNull()) {
            return stateInput;
        }
        return JsonPathEvaluator.placeResult(stateInput, path.path(), result);
    }

    /**
     * The variables an Assign sets, evaluated all at once against {@code scope} (whose {@code $} is the state's
     * result in JSONPath states): keys ending in {@code .$} are evaluated, others are taken as written.
     */
    static Map<String, JsonNode> assign(@Nullable JsonNode assign, PathScope scope) {
        if (assign == null || !assign.isObject() || assign.isEmpty()) {
            return Map.of();
        }
        JsonNode evaluated = PayloadTemplates.evaluate(assign, scope, "Assign");
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = evaluated.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            values.put(e.getKey(), e.getValue());
        }
        return values;
    }

    /** The error output a catcher passes on: {@code {"Error": ..., "Cause": ...}}. */
    static ObjectNode errorOutput(@Nullable String error, @Nullable String cause) {
        ObjectNode output = ExecutionRun.NODES.objectNode();
        if (error != null) {
            output.put("Error", error);
        }
        if (cause != null) {
            output.put("Cause", cause);
        }
        return output;
    }
}
