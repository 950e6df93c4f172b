package statewise.engine.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * What a path can read while one state runs: the state's input ({@code $}), the context object ({@code $$}) and
 * the workflow variables ({@code $name}). The three travel together because every evaluator here needs all of them.
 *
 * @param input     the document {@code $} reads (the state input, the effective input or the result, by field)
 * @param context   the context object {@code $$} reads
 * @param variables the workflow variables {@code $name} reads
 */
public record PathScope(JsonNode input, JsonNode context, VariableLookup variables) {

    public PathScope {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(variables, "variables");
    }

    /** The same context and variables with another {@code $}. */
    public PathScope withInput(JsonNode newInput) {
        return newInput == input ? this : new PathScope(newInput, context, variables);
    }
}
