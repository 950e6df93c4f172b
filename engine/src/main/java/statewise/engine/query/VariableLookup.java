package statewise.engine.query;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * Looks up workflow variables by name, so that paths such as {@code $order.items[0]} can be read without this
 * package knowing how the interpreter scopes variables (execution, Parallel branch, Map iteration).
 */
@FunctionalInterface
public interface VariableLookup {

    /** No variables at all. */
    VariableLookup NONE = name -> null;

    /** The variable's value, or null when no variable of that name is defined. */
    @Nullable JsonNode lookup(String name);
}
