package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.engine.query.VariableLookup;

/**
 * Workflow variables of one scope: the execution's, a Parallel branch's or a Map iteration's. A nested scope sees
 * the enclosing scopes' variables (read-only, as they were when it started) and keeps its own assignments to
 * itself (ASL: "variables assigned in a branch or iteration are not visible outside it").
 */
final class Variables implements VariableLookup {

    private final @Nullable Variables outer;
    private final Map<String, JsonNode> own = new HashMap<>();
    /** An upper bound of the size of each of {@link #own}'s values, for {@link VariableLimits}. */
    private final Map<String, Long> sizes = new HashMap<>();
    private long ownSize;

    private Variables(@Nullable Variables outer) {
        this.outer = outer;
    }

    static Variables root() {
        return new Variables(null);
    }

    /** A scope for a branch or iteration that sees this one. */
    Variables nested() {
        return new Variables(this);
    }

    @Override
    public @Nullable JsonNode lookup(String name) {
        JsonNode value = own.get(name);
        if (value != null) {
            return value;
        }
        return outer == null ? null : outer.lookup(name);
    }

    /** Every variable this scope sees, inner scopes' values winning over outer ones. */
    Map<String, JsonNode> visible() {
        Map<String, JsonNode> all = outer == null ? new HashMap<>() : outer.visible();
        all.putAll(own);
        return all;
    }

    /**
     * Sets every variable at once, after all of a state's Assign expressions were evaluated.
     *
     * @param valueSizes an upper bound of each value's size (see {@link VariableLimits#check})
     */
    void assignAll(Map<String, JsonNode> values, Map<String, Long> valueSizes) {
        own.putAll(values);
        for (Map.Entry<String, Long> e : valueSizes.entrySet()) {
            Long before = sizes.put(e.getKey(), e.getValue());
            ownSize += e.getValue() - (before == null ? 0 : before);
        }
    }

    /** An upper bound of the size of every variable this scope sees. */
    long sizeBound() {
        return ownSize + (outer == null ? 0 : outer.sizeBound());
    }

    /** An upper bound of the size of this scope's own variables among {@code names}. */
    long ownSizeBound(Set<String> names) {
        long sum = 0;
        for (String name : names) {
            sum += sizes.getOrDefault(name, 0L);
        }
        return sum;
    }
}
