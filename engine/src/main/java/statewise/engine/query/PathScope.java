package statewise.engine.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What a path can read while one state runs: the state's input ({@code $}), the context object ({@code $$}) and
 * the workflow variables ({@code $name}). The three travel together because every evaluator here needs all of them.
 * The context object is only built when a path reads it: most states never do, and building it (timestamps, the
 * state and map members) is a large part of a state's cost.
 */
public final class PathScope {

    private final JsonNode input;
    private final Supplier<JsonNode> contextSupplier;
    private final VariableLookup variables;
    private @Nullable JsonNode context;

    /**
     * @param input     the document {@code $} reads (the state input, the effective input or the result, by field)
     * @param context   the context object {@code $$} reads
     * @param variables the workflow variables {@code $name} reads
     */
    public PathScope(JsonNode input, JsonNode context, VariableLookup variables) {
        this(input, () -> context, variables);
        Objects.requireNonNull(context, "context");
        this.context = context;
    }

    private PathScope(JsonNode input, Supplier<JsonNode> context, VariableLookup variables) {
        this.input = Objects.requireNonNull(input, "input");
        this.contextSupplier = Objects.requireNonNull(context, "context");
        this.variables = Objects.requireNonNull(variables, "variables");
    }

    /** A scope whose context object is built on first use. */
    public static PathScope lazy(JsonNode input, Supplier<JsonNode> context, VariableLookup variables) {
        return new PathScope(input, context, variables);
    }

    public JsonNode input() {
        return input;
    }

    public JsonNode context() {
        if (context == null) {
            context = Objects.requireNonNull(contextSupplier.get(), "context");
        }
        return context;
    }

    public VariableLookup variables() {
        return variables;
    }

    /** The same context and variables with another {@code $}. */
    public PathScope withInput(JsonNode newInput) {
        return newInput == input ? this : new PathScope(newInput, this::context, variables);
    }
}
