package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.Catcher;
import statewise.engine.model.ChoiceRule;
import statewise.engine.model.Expressible;
import statewise.engine.model.PathField;
import statewise.engine.model.State;
import statewise.engine.query.ChoiceEvaluator;
import statewise.engine.query.JsonataEvaluator.Expected;
import statewise.engine.query.JsonPathEvaluator;
import statewise.engine.query.PathScope;
import statewise.engine.query.PayloadTemplates;

/**
 * The data flow of JSONPath states, stage by stage in AWS's order: InputPath, Parameters (the effective input),
 * the state's result, ResultSelector, ResultPath, OutputPath, and Assign (whose {@code $} is the state's result,
 * or its effective input for states without one).
 */
final class JsonPathFlow implements DataFlow {

    static final JsonPathFlow INSTANCE = new JsonPathFlow();

    private JsonPathFlow() {
    }

    @Override
    public JsonNode effectiveInput(StateRun run) {
        return select(run.state().inputPath(), run.scope(run.input), "InputPath");
    }

    @Override
    public JsonNode payload(StateRun run, @Nullable JsonNode template, JsonNode effective,
            @Nullable JsonNode context, String field) {
        if (template == null) {
            return effective;
        }
        PathScope scope = context == null ? run.scope(effective)
                : new PathScope(effective, context, run.strand.variables);
        return PayloadTemplates.evaluate(template, scope, field);
    }

    @Override
    public JsonNode selectResult(StateRun run, @Nullable JsonNode selector, JsonNode result) {
        return selector == null ? result : PayloadTemplates.evaluate(selector, run.scope(result), "ResultSelector");
    }

    @Override
    public boolean hasInputPath() {
        return true;
    }

    @Override
    public Leaving leave(StateRun run, JsonNode effective, @Nullable JsonNode result) {
        State state = run.state();
        JsonNode placed = result == null ? effective : resultPath(state.resultPath(), run.input, result);
        JsonNode output = select(state.outputPath(), run.scope(placed), "OutputPath");
        return new Leaving(output, assign(state.assign(), run.scope(result == null ? effective : result)));
    }

    @Override
    public Leaving caught(StateRun run, Catcher catcher, JsonNode errorOutput) {
        JsonNode output = resultPath(catcher.resultPath(), run.input, errorOutput);
        return new Leaving(output, assign(catcher.assign(), run.scope(errorOutput)));
    }

    @Override
    public boolean matches(StateRun run, ChoiceRule rule, JsonNode effective) {
        return ChoiceEvaluator.matches(rule.condition(), run.scope(effective));
    }

    @Override
    public Leaving choose(StateRun run, @Nullable ChoiceRule rule, JsonNode effective) {
        JsonNode output = select(run.state().outputPath(), run.scope(effective), "OutputPath");
        return new Leaving(output, assign(rule == null ? run.state().assign() : rule.assign(), run.scope(effective)));
    }

    @Override
    public @Nullable JsonNode value(StateRun run, @Nullable JsonNode literal, @Nullable String path,
            JsonNode effective, String field, Expected expected) {
        if (path == null) {
            return literal;
        }
        PathScope scope = run.scope(effective);
        return path.startsWith("States.") ? PayloadTemplates.evaluateExpression(path, scope, field)
                : JsonPathEvaluator.select(path, scope, field);
    }

    @Override
    public @Nullable JsonNode number(StateRun run, @Nullable Expressible<?> value, @Nullable String path,
            JsonNode effective, String field, boolean integral) {
        JsonNode literal = null;
        if (value instanceof Expressible.Literal<?> l) {
            literal = l.value() instanceof Long n ? ExecutionRun.NODES.numberNode(n)
                    : ExecutionRun.NODES.numberNode((BigDecimal) l.value());
        } else if (value instanceof Expressible.Jsonata<?> j) {
            literal = ExecutionRun.NODES.textNode(j.text());
        }
        return value(run, literal, path, effective, field, Expected.ANY);
    }

    @Override
    public String evaluationError() {
        return ErrorNames.RUNTIME;
    }

    /** InputPath or OutputPath: absent keeps the value, null gives {@code {}}. */
    private static JsonNode select(@Nullable PathField path, PathScope scope, String field) {
        if (path == null) {
            return scope.input();
        }
        if (path.isNull()) {
            return ExecutionRun.NODES.objectNode();
        }
        return JsonPathEvaluator.select(path.path(), scope, field);
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

    /** Assign's variables, evaluated all at once: keys ending in {@code .$} are evaluated, others taken as is. */
    private static Map<String, JsonNode> assign(@Nullable JsonNode assign, PathScope scope) {
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
