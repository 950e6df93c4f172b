package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
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

    /** Sets every variable at once, after all of a state's Assign expressions were evaluated. */
    void assignAll(Map<String, JsonNode> values) {
        own.putAll(values);
    }
}
