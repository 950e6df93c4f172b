package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.Catcher;
import statewise.engine.model.ChoiceRule;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.Condition;
import statewise.engine.model.Expressible;
import statewise.engine.model.State;
import statewise.engine.query.ChoiceEvaluator;
import statewise.engine.query.JsonataEvaluator;
import statewise.engine.query.JsonataEvaluator.Expected;
import statewise.engine.query.JsonataScope;
import statewise.engine.query.QueryFailure;

/**
 * The data flow of JSONata states: the state works on its input as it is; {@code Arguments} (Task, Parallel) and
 * {@code ItemSelector} (Map) shape what the work receives; {@code Output} and {@code Assign} see the state's input
 * ({@code $states.input}), its result ({@code $states.result}) or, in a catcher, the error output
 * ({@code $states.errorOutput}), and the context object ({@code $states.context}). Without {@code Output} the output
 * is the result (Task, Parallel, Map; a Pass state's {@code Result}), the error output (a catcher), or the input.
 *
 * <p>Assign is evaluated before Output, as AWS does: when both fail, the execution reports Assign's error. Every
 * field that holds a value may hold JSONata instead (Items, MaxConcurrency, TimeoutSeconds, Seconds, Timestamp,
 * Error, Cause, ...), named in errors without the {@code Path} of its JSONPath twin.
 */
final class JsonataFlow implements DataFlow {

    static final JsonataFlow INSTANCE = new JsonataFlow();

    private JsonataFlow() {
    }

    @Override
    public JsonNode effectiveInput(StateRun run) {
        return run.input;
    }

    @Override
    public boolean hasInputPath() {
        return false;
    }

    @Override
    public JsonNode payload(StateRun run, @Nullable JsonNode template, JsonNode effective,
            @Nullable JsonNode context, String field) {
        if (template == null) {
            return effective;
        }
        JsonataScope scope = context == null ? scope(run) : scope(run).withContext(context);
        return JsonataEvaluator.evaluate(template, scope, field);
    }

    @Override
    public JsonNode selectResult(StateRun run, @Nullable JsonNode selector, JsonNode result) {
        return result;
    }

    @Override
    public Leaving leave(StateRun run, JsonNode effective, @Nullable JsonNode result) {
        State state = run.state();
        JsonataScope scope = result == null ? scope(run) : scope(run).withResult(result);
        Map<String, JsonNode> assigned = assign(state.assign(), scope, "Assign");
        JsonNode output = state.output() == null ? (result == null ? run.input : result)
                : JsonataEvaluator.evaluate(state.output(), scope, "Output");
        return new Leaving(output, assigned);
    }

    @Override
    public Leaving caught(StateRun run, Catcher catcher, JsonNode errorOutput) {
        JsonataScope scope = scope(run).withErrorOutput(errorOutput);
        String where = "Catch/" + indexOf(run.state().catchers(), catcher) + "/";
        Map<String, JsonNode> assigned = assign(catcher.assign(), scope, where + "Assign");
        JsonNode output = catcher.output() == null ? errorOutput
                : JsonataEvaluator.evaluate(catcher.output(), scope, where + "Output");
        return new Leaving(output, assigned);
    }

    @Override
    public boolean matches(StateRun run, ChoiceRule rule, JsonNode effective) {
        String field = "Choices/" + index(run, rule) + "/Condition";
        if (rule.condition() instanceof Condition.Jsonata jsonata) {
            return JsonataEvaluator.evaluate(ExecutionRun.NODES.textNode(jsonata.text()), scope(run), field,
                    Expected.BOOLEAN).booleanValue();
        }
        if (rule.condition() instanceof Condition.Literal literal) {
            return JsonataEvaluator.evaluate(literal.value(), scope(run), field, Expected.BOOLEAN).booleanValue();
        }
        return ChoiceEvaluator.matches(rule.condition(), run.scope(effective));
    }

    @Override
    public Leaving choose(StateRun run, @Nullable ChoiceRule rule, JsonNode effective) {
        State state = run.state();
        JsonataScope scope = scope(run);
        String where = rule == null ? "" : "Choices/" + index(run, rule) + "/";
        Map<String, JsonNode> assigned = rule == null ? assign(state.assign(), scope, "Assign")
                : assign(rule.assign(), scope, where + "Assign");
        JsonNode output;
        if (rule != null && rule.output() != null) {
            output = JsonataEvaluator.evaluate(rule.output(), scope, where + "Output");
        } else {
            output = state.output() == null ? run.input : JsonataEvaluator.evaluate(state.output(), scope, "Output");
        }
        return new Leaving(output, assigned);
    }

    @Override
    public @Nullable JsonNode value(StateRun run, @Nullable JsonNode literal, @Nullable String path,
            JsonNode effective, String field, Expected expected) {
        return literal == null ? null : JsonataEvaluator.evaluate(literal, scope(run), name(field), expected);
    }

    @Override
    public @Nullable JsonNode number(StateRun run, @Nullable Expressible<?> value, @Nullable String path,
            JsonNode effective, String field, boolean integral) {
        Expected expected = integral ? Expected.INTEGER : Expected.NUMBER;
        if (value instanceof Expressible.Literal<?> l) {
            return l.value() instanceof Long n ? ExecutionRun.NODES.numberNode(n)
                    : ExecutionRun.NODES.numberNode((BigDecimal) l.value());
        }
        if (value instanceof Expressible.Jsonata<?> j) {
            return JsonataEvaluator.evaluate(ExecutionRun.NODES.textNode(j.text()), scope(run), name(field),
                    expected);
        }
        return null;
    }

    @Override
    public String evaluationError() {
        return QueryFailure.QUERY_EVALUATION_ERROR;
    }

    /** What the state's expressions see, before it has a result. */
    static JsonataScope scope(StateRun run) {
        return JsonataScope.of(run.input, run::context, run.strand.variables, run.exec.random())
                .withClock(run.exec.scheduler().clock()::now);
    }

    /** Assign's variables, each value evaluated (every one seeing the variables from before the state). */
    private static Map<String, JsonNode> assign(@Nullable JsonNode assign, JsonataScope scope, String field) {
        if (assign == null || !assign.isObject() || assign.isEmpty()) {
            return Map.of();
        }
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = assign.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            values.put(e.getKey(), JsonataEvaluator.evaluate(e.getValue(), scope, field + "/" + e.getKey()));
        }
        return values;
    }

    /** A JSONPath field's JSONata twin: {@code ItemsPath} is {@code Items}, {@code SecondsPath} {@code Seconds}. */
    private static String name(String field) {
        return field.endsWith("Path") ? field.substring(0, field.length() - "Path".length()) : field;
    }

    private static int index(StateRun run, ChoiceRule rule) {
        return indexOf(((ChoiceState) run.state()).choices(), rule);
    }

    /** The position of {@code item} itself (not of an equal one) in {@code items}. */
    private static int indexOf(@Nullable List<?> items, Object item) {
        for (int i = 0; items != null && i < items.size(); i++) {
            if (items.get(i) == item) {
                return i;
            }
        }
        return 0;
    }
}
