package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * AWS's size limits on workflow variables ("Passing data between states with variables"): one variable holds at most
 * 256 KiB, the variables one Assign sets together at most 256 KiB, and the variables stored in an execution at most
 * 10 MiB. Sizes are those of the values written as compact UTF-8 JSON. A state that would pass a limit fails with
 * {@code States.DataLimitExceeded}, as a state whose output is too large does.
 *
 * <p>The check is cheap for ordinary values: it adds up upper bounds of the sizes and measures exactly only when a
 * bound reaches a limit. The execution's total counts the variables the assigning strand sees (its own and its
 * enclosing scopes'), not those of sibling Parallel branches or Map iterations running beside it.
 */
final class VariableLimits {

    /** The most one variable may hold: 256 KiB. */
    static final long MAX_VARIABLE_BYTES = 256 * 1024;
    /** The most the variables of one Assign may hold together: 256 KiB. */
    static final long MAX_ASSIGN_BYTES = 256 * 1024;
    /** The most all the variables of an execution may hold: 10 MiB. */
    static final long MAX_TOTAL_BYTES = 10L * 1024 * 1024;

    private VariableLimits() {
    }

    /**
     * Checks what a state assigns against the limits, given the variables of the scope it assigns into.
     *
     * @return an upper bound of each assigned value's size, for {@link Variables#assignAll}
     * @throws StatesError {@code States.DataLimitExceeded} when a limit would be passed
     */
    static Map<String, Long> check(Variables scope, Map<String, JsonNode> assigned, String stateName) {
        if (assigned.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> sizes = new HashMap<>();
        long together = 0;
        for (Map.Entry<String, JsonNode> e : assigned.entrySet()) {
            long size = PayloadLimit.upperBound(e.getValue(), MAX_VARIABLE_BYTES);
            if (size > MAX_VARIABLE_BYTES) {
                size = PayloadLimit.exactSize(e.getValue());
                if (size > MAX_VARIABLE_BYTES) {
                    throw exceeded("The state '" + stateName + "' assigns the variable '" + e.getKey() + "' a value of "
                            + size + " bytes, more than the maximum of " + MAX_VARIABLE_BYTES + " bytes for a variable.");
                }
            }
            sizes.put(e.getKey(), size);
            together += size;
        }
        if (together > MAX_ASSIGN_BYTES && exact(assigned) > MAX_ASSIGN_BYTES) {
            throw exceeded("The state '" + stateName + "' assigns " + exact(assigned) + " bytes of variables, more than"
                    + " the maximum of " + MAX_ASSIGN_BYTES + " bytes for one Assign.");
        }
        if (scope.sizeBound() - scope.ownSizeBound(assigned.keySet()) + together > MAX_TOTAL_BYTES) {
            Map<String, JsonNode> after = new HashMap<>(scope.visible());
            after.putAll(assigned);
            long total = exact(after);
            if (total > MAX_TOTAL_BYTES) {
                throw exceeded("The state '" + stateName + "' assigns variables that would bring the execution's"
                        + " variables to " + total + " bytes, more than the maximum of " + MAX_TOTAL_BYTES + " bytes.");
            }
        }
        return sizes;
    }

    private static long exact(Map<String, JsonNode> values) {
        long sum = 0;
        for (JsonNode value : values.values()) {
            sum += PayloadLimit.exactSize(value);
        }
        return sum;
    }

    private static StatesError exceeded(String cause) {
        return new StatesError(ErrorNames.DATA_LIMIT_EXCEEDED, cause);
    }
}
