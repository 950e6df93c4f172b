package statewise.engine.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.InvalidState;
import statewise.engine.model.State;

/**
 * Rewrites where a state's transitions go, all at once: renaming a target, remapping the names of copied states,
 * or dropping transitions to states that go away. A dropped {@code Next} becomes {@code "End": true}; a dropped
 * Choice rule, {@code Default} or catcher is removed. The (invalid) {@code Next} of rules nested in And, Or or
 * Not follows the same plan, so that no reference to an old name is left behind.
 */
final class Reroute {

    /** Where a transition to {@code target} goes now: the same name, another name, or nowhere (null). */
    @FunctionalInterface
    interface Plan {
        @Nullable String route(String target);
    }

    private Reroute() {
    }

    /** The state rerouted by {@code plan}; the same instance when the plan changes none of its transitions. */
    static State apply(State state, Plan plan) {
        if (!Edges.mentions(state, target -> !target.equals(plan.route(target)))) {
            return state;
        }
        return StateTrees.edit(state, tree -> {
            if (state instanceof ChoiceState) {
                choices(tree, plan);
                JsonNode fallback = tree.get("Default");
                if (fallback != null && fallback.isTextual()) {
                    set(tree, "Default", plan.route(fallback.textValue()));
                }
                return;
            }
            JsonNode next = tree.get("Next");
            if (state.next() != null && next != null && next.isTextual()) {
                String to = plan.route(next.textValue());
                if (to == null) {
                    tree.remove("Next");
                    if (!(state instanceof InvalidState)) {
                        tree.put("End", true);
                    }
                } else {
                    tree.put("Next", to);
                }
            }
            if (state.catchers() != null) {
                elements(tree, "Catch", plan);
            }
        });
    }

    private static void choices(ObjectNode tree, Plan plan) {
        elements(tree, "Choices", plan);
        JsonNode rules = tree.get("Choices");
        if (rules instanceof ArrayNode array) {
            for (JsonNode rule : array) {
                nested(rule, plan);
            }
        }
    }

    /** Reroutes the {@code Next} of each element of a Choices or Catch array, removing dropped elements. */
    private static void elements(ObjectNode tree, String field, Plan plan) {
        if (!(tree.get(field) instanceof ArrayNode array)) {
            return;
        }
        boolean dropped = false;
        for (Iterator<JsonNode> it = array.iterator(); it.hasNext(); ) {
            JsonNode element = it.next();
            JsonNode next = element.get("Next");
            if (element instanceof ObjectNode object && next != null && next.isTextual()) {
                String to = plan.route(next.textValue());
                if (to == null) {
                    it.remove();
                    dropped = true;
                } else {
                    object.put("Next", to);
                }
            }
        }
        if (dropped && array.isEmpty() && field.equals("Catch")) {
            tree.remove(field);
        }
    }

    /** Rules inside And, Or and Not: their Next is invalid anyway, so a dropped one is simply removed. */
    private static void nested(JsonNode rule, Plan plan) {
        for (String field : new String[] {"And", "Or", "Not"}) {
            JsonNode inner = rule.get(field);
            if (inner instanceof ArrayNode array) {
                array.forEach(r -> nestedRule(r, plan));
            } else if (inner != null) {
                nestedRule(inner, plan);
            }
        }
    }

    private static void nestedRule(JsonNode rule, Plan plan) {
        JsonNode next = rule.get("Next");
        if (rule instanceof ObjectNode object && next != null && next.isTextual()) {
            set(object, "Next", plan.route(next.textValue()));
        }
        nested(rule, plan);
    }

    private static void set(ObjectNode object, String field, @Nullable String value) {
        if (value == null) {
            object.remove(field);
        } else if (!Objects.equals(object.path(field).textValue(), value)) {
            object.put(field, value);
        }
    }
}
