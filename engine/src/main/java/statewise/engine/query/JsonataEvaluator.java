package statewise.engine.query;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.JsonataText;

/**
 * Evaluates the JSONata of JSONata states as Step Functions does: a {@code "{% expression %}"} string anywhere in a
 * field's value (however deeply nested in objects and arrays) is replaced by the expression's value, every other
 * value is kept as written. An expression sees {@code $states} and the workflow variables (see {@link JsonataScope})
 * and AWS's added functions (see {@link JsonataFunctions}).
 *
 * <p>Every failure is {@code States.QueryEvaluationError} with AWS's cause, naming the expression and where it is:
 * "The JSONata expression '$x' specified for the field 'Output/result' returned nothing (undefined).", "... threw an
 * error during evaluation. T1006: Attempted to invoke a non-function", "... returned an unexpected result type.
 * Expected 'array', but was 'object' for value: {...}".
 *
 * <p>Expressions are compiled once and kept in a bounded cache shared by every run (a compiled expression is safe
 * to evaluate from several threads at once: each evaluation binds its values in a frame of its own).
 */
public final class JsonataEvaluator {

    /** The type a field's value must have; {@link #ANY} takes every value, {@link #INTEGER} whole numbers. */
    public enum Expected {
        ANY, ARRAY, NUMBER, INTEGER, STRING, BOOLEAN
    }

    private static final BoundedCache<String, Compiled> COMPILED = new BoundedCache<>(4096);

    private JsonataEvaluator() {
    }

    /**
     * A compiled expression, its text between the delimiters, every {@code $name} it mentions (the names an
     * evaluation may need to bind), and whether it calls a function that reads the execution's generator or clock.
     */
    private record Compiled(Jsonata expression, String body, List<String> names, boolean execution,
            @Nullable Shortcut shortcut) {
    }

    /** The expression with its {@code $states} paths taken out (see {@link JsonataPaths}). */
    private record Shortcut(JsonataPaths.Plan plan, @Nullable Jsonata expression, List<String> names) {
    }

    /**
     * A field's value with every {@code {% %}} string in it evaluated.
     *
     * @param field where the value is in its state, e.g. {@code Output}, {@code Catch/0/Output}; expressions
     *              inside are named {@code field/key/...}
     * @throws QueryFailure {@code States.QueryEvaluationError} when an expression fails or returns nothing
     */
    public static JsonNode evaluate(JsonNode value, JsonataScope scope, String field) {
        if (value.isTextual()) {
            String text = value.textValue();
            return JsonataText.isExpression(text) ? defined(text, scope, field) : value;
        }
        if (value.isObject()) {
            return object((ObjectNode) value, scope, field);
        }
        if (value.isArray()) {
            return array((ArrayNode) value, scope, field);
        }
        return value;
    }

    /**
     * A field's value evaluated as by {@link #evaluate}, which must have the type {@code expected}.
     *
     * @throws QueryFailure {@code States.QueryEvaluationError} as {@link #evaluate}, and when the value has another
     *                      type
     */
    public static JsonNode evaluate(JsonNode value, JsonataScope scope, String field, Expected expected) {
        JsonNode result = evaluate(value, scope, field);
        if (!matches(result, expected)) {
            String written = value.isTextual() && JsonataText.isExpression(value.textValue())
                    ? JsonataText.body(value.textValue()) : JsonText.compact(value);
            throw failure(written, field, "returned an unexpected result type. Expected '"
                    + expected.name().toLowerCase(java.util.Locale.ROOT) + "', but was '" + typeName(result)
                    + "' for value: " + JsonText.compact(result));
        }
        return result;
    }

    /** The JSON type name AWS uses in messages: {@code object}, {@code array}, {@code string}, ... */
    public static String typeName(JsonNode value) {
        return switch (value.getNodeType()) {
            case OBJECT, POJO -> "object";
            case ARRAY -> "array";
            case STRING, BINARY -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            default -> "null";
        };
    }

    private static boolean matches(JsonNode value, Expected expected) {
        return switch (expected) {
            case ANY -> true;
            case ARRAY -> value.isArray();
            case NUMBER -> value.isNumber();
            case INTEGER -> value.isIntegralNumber();
            case STRING -> value.isTextual();
            case BOOLEAN -> value.isBoolean();
        };
    }

    private static JsonNode object(ObjectNode value, JsonataScope scope, String field) {
        ObjectNode copy = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            JsonNode child = evaluate(member.getValue(), scope, field + "/" + member.getKey());
            if (copy == null && child != member.getValue()) {
                copy = JsonText.NODES.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> before = value.fields(); before.hasNext(); ) {
                    Map.Entry<String, JsonNode> earlier = before.next();
                    if (earlier.getKey().equals(member.getKey())) {
                        break;
                    }
                    copy.set(earlier.getKey(), earlier.getValue());
                }
            }
            if (copy != null) {
                copy.set(member.getKey(), child);
            }
        }
        return copy == null ? value : copy;
    }

    private static JsonNode array(ArrayNode value, JsonataScope scope, String field) {
        ArrayNode copy = null;
        for (int i = 0; i < value.size(); i++) {
            JsonNode child = evaluate(value.get(i), scope, field + "/" + i);
            if (copy == null && child != value.get(i)) {
                copy = JsonText.NODES.arrayNode(value.size());
                for (int j = 0; j < i; j++) {
                    copy.add(value.get(j));
                }
            }
            if (copy != null) {
                copy.add(child);
            }
        }
        return copy == null ? value : copy;
    }

    private static JsonNode defined(String text, JsonataScope scope, String field) {
        JsonNode result = value(text, scope, field);
        if (result == null) {
            throw failure(JsonataText.body(text), field, "returned nothing (undefined).");
        }
        return result;
    }

    /**
     * The value of one {@code "{% expression %}"} string, or null when it is undefined (JSONata's "nothing").
     *
     * @throws QueryFailure {@code States.QueryEvaluationError} when the expression does not compile or fails
     */
    public static @Nullable JsonNode value(String text, JsonataScope scope, String field) {
        Compiled compiled;
        try {
            compiled = COMPILED.get(text, JsonataEvaluator::compile);
        } catch (JException e) {
            throw failure(JsonataText.body(text), field, "threw an error during evaluation. " + e.getError() + ": "
                    + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            throw failure(JsonataText.body(text), field, "threw an error during evaluation. The expression cannot be"
                    + " read.");
        }
        return evaluate(compiled, scope, field);
    }

    private static @Nullable JsonNode evaluate(Compiled compiled, JsonataScope scope, String field) {
        String body = compiled.body();
        try {
            Shortcut shortcut = compiled.shortcut();
            Object[] paths = shortcut == null ? null : paths(shortcut.plan(), scope);
            if (paths == null) {
                return JsonataValues.toJson(compiled.expression().evaluate(null, frame(compiled.names(),
                        compiled.execution(), scope)));
            }
            if (shortcut.expression() == null) {
                return JsonataValues.toJson(JsonataValues.toJsonata((JsonNode) paths[0]));
            }
            Jsonata.Frame frame = frame(shortcut.names(), compiled.execution(), scope);
            for (int i = 0; i < paths.length; i++) {
                if (paths[i] != null) {
                    frame.bind(JsonataPaths.PREFIX + i, JsonataValues.toJsonata((JsonNode) paths[i]));
                }
            }
            return JsonataValues.toJson(shortcut.expression().evaluate(null, frame));
        } catch (JException e) {
            throw failure(body, field, "threw an error during evaluation. " + e.getError() + ": " + e.getMessage());
        } catch (JsonataFunctions.FunctionError e) {
            throw failure(body, field, "threw an error during evaluation. " + e.getMessage());
        } catch (StackOverflowError e) {
            throw failure(body, field, "threw an error during evaluation. U1001: Stack overflow error: Check for"
                    + " non-terminating recursive function. Consider rewriting as tail-recursive.");
        } catch (RuntimeException e) {
            throw failure(body, field, "threw an error during evaluation. " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** Compiles a whole {@code "{% expression %}"} string: the cache is keyed by the field's own string. */
    private static Compiled compile(String text) {
        String body = JsonataText.body(text);
        Jsonata expression = Jsonata.jsonata(body);
        List<String> names = List.copyOf(JsonataVariables.names(body));
        boolean execution = names.stream().anyMatch(JsonataFunctions.EXECUTION::contains);
        JsonataPaths.Plan plan = JsonataPaths.plan(body);
        Shortcut shortcut = null;
        if (plan != null) {
            Jsonata rewritten = plan.whole() ? null : prepare(Jsonata.jsonata(plan.body()));
            List<String> rest = JsonataVariables.names(plan.body()).stream()
                    .filter(name -> !name.startsWith(JsonataPaths.PREFIX)).toList();
            shortcut = new Shortcut(plan, rewritten, rest);
        }
        return new Compiled(prepare(expression), body, names, execution, shortcut);
    }

    private static Jsonata prepare(Jsonata expression) {
        expression.setOutputConvertNulls(false);
        JsonataFunctions.register(expression);
        return expression;
    }

    /** The values of the plan's paths, or null when one of them must be left to the library. */
    private static Object @Nullable [] paths(JsonataPaths.Plan plan, JsonataScope scope) {
        Object[] values = new Object[plan.paths().size()];
        for (int i = 0; i < values.length; i++) {
            Object value = JsonataPaths.read(plan.paths().get(i), scope);
            if (value == JsonataPaths.fallback()) {
                return null;
            }
            values[i] = value;
        }
        return values;
    }

    /** The values one evaluation sees: {@code $states}, the variables it mentions, the execution's functions. */
    private static Jsonata.Frame frame(List<String> names, boolean execution, JsonataScope scope) {
        Jsonata.Frame frame = new Jsonata.Frame(null);
        for (String name : names) {
            if (name.equals("states")) {
                frame.bind(name, scope.states());
            } else {
                JsonNode variable = scope.variables().lookup(name);
                if (variable != null) {
                    frame.bind(name, JsonataValues.toJsonata(variable));
                }
            }
        }
        if (execution) {
            JsonataFunctions.bindExecution(frame, scope.random(), scope.clock());
        }
        return frame;
    }

    private static QueryFailure failure(String expression, String field, String what) {
        return new QueryFailure(QueryFailure.QUERY_EVALUATION_ERROR, "The JSONata expression '" + expression
                + "' specified for the field '" + field + "' " + what, field);
    }
}
