package statewise.engine.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.time.InstantSource;
import java.util.Set;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * What a JSONata expression of a state can read: the reserved variable {@code $states} ({@code input}, {@code
 * context}, and {@code result} or {@code errorOutput} where the field may see them), the workflow variables, and
 * the generator behind {@code $random()} and {@code $uuid()}, and the clock behind {@code $now()} and {@code $millis()}
 * (the execution's: virtual time in a virtual run). As with {@link PathScope}, the context object is only
 * built when an expression reads it.
 */
public final class JsonataScope {

    private final JsonNode input;
    private final Supplier<JsonNode> context;
    private final @Nullable JsonNode result;
    private final @Nullable JsonNode errorOutput;
    private final VariableLookup variables;
    private final RandomGenerator random;
    private final InstantSource clock;
    private @Nullable Map<String, Object> states;

    private JsonataScope(JsonNode input, Supplier<JsonNode> context, @Nullable JsonNode result,
            @Nullable JsonNode errorOutput, VariableLookup variables, RandomGenerator random, InstantSource clock) {
        this.input = Objects.requireNonNull(input, "input");
        this.context = Objects.requireNonNull(context, "context");
        this.result = result;
        this.errorOutput = errorOutput;
        this.variables = Objects.requireNonNull(variables, "variables");
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A scope for a state whose {@code $states.input} is {@code input}.
     *
     * @param context   builds the context object ({@code $states.context}) on first use
     * @param variables the workflow variables visible to the state
     * @param random    serves {@code $random()} and {@code $uuid()}
     */
    public static JsonataScope of(JsonNode input, Supplier<JsonNode> context, VariableLookup variables,
            RandomGenerator random) {
        return new JsonataScope(input, context, null, null, variables, random, InstantSource.system());
    }

    /** The same scope where {@code $now()} and {@code $millis()} read {@code value} (an execution's clock). */
    public JsonataScope withClock(InstantSource value) {
        return new JsonataScope(input, context, result, errorOutput, variables, random, value);
    }

    /** The same scope where {@code $states.result} is {@code value} (Output and Assign of a state with a result). */
    public JsonataScope withResult(JsonNode value) {
        return new JsonataScope(input, context, Objects.requireNonNull(value, "value"), null, variables, random,
                clock);
    }

    /** The same scope where {@code $states.errorOutput} is {@code value} (Output and Assign of a catcher). */
    public JsonataScope withErrorOutput(JsonNode value) {
        return new JsonataScope(input, context, null, Objects.requireNonNull(value, "value"), variables, random,
                clock);
    }

    /** The same scope with another context object (a Map item's, which holds {@code Map.Item}). */
    public JsonataScope withContext(JsonNode value) {
        Objects.requireNonNull(value, "value");
        return new JsonataScope(input, () -> value, result, errorOutput, variables, random, clock);
    }

    public JsonNode input() {
        return input;
    }

    public VariableLookup variables() {
        return variables;
    }

    RandomGenerator random() {
        return random;
    }

    InstantSource clock() {
        return clock;
    }

    /** A member of {@code $states} as a tree ({@code input}, {@code context}, ...); null when the field lacks it. */
    @Nullable JsonNode member(String name) {
        return switch (name) {
            case "input" -> input;
            case "result" -> result;
            case "errorOutput" -> errorOutput;
            case "context" -> context.get();
            default -> null;
        };
    }

    /** {@code $states} as JSONata sees it; its members are converted when an expression reads them. */
    Map<String, Object> states() {
        if (states == null) {
            states = new StatesView();
        }
        return states;
    }

    /** The members of {@code $states}, in AWS's order, those a field cannot see being absent. */
    private final class StatesView extends AbstractMap<String, Object> {

        private @Nullable Object contextValue;

        @Override
        public @Nullable Object get(Object key) {
            if (!(key instanceof String name)) {
                return null;
            }
            return switch (name) {
                case "input" -> JsonataValues.toJsonata(input);
                case "result" -> JsonataValues.toJsonata(result);
                case "errorOutput" -> JsonataValues.toJsonata(errorOutput);
                case "context" -> context();
                default -> null;
            };
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        private Object context() {
            if (contextValue == null) {
                contextValue = Objects.requireNonNull(JsonataValues.toJsonata(context.get()), "context");
            }
            return contextValue;
        }

        @Override
        public Set<Map.Entry<String, Object>> entrySet() {
            Map<String, Object> members = new LinkedHashMap<>();
            members.put("input", get("input"));
            if (result != null) {
                members.put("result", get("result"));
            }
            if (errorOutput != null) {
                members.put("errorOutput", get("errorOutput"));
            }
            members.put("context", context());
            return members.entrySet();
        }
    }
}
