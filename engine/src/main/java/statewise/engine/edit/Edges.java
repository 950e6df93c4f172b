package statewise.engine.edit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.ChoiceRule;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.Condition;
import statewise.engine.model.InvalidState;
import statewise.engine.model.QueryLanguage;
import statewise.engine.model.State;
import statewise.engine.model.Transition;

/**
 * Reading and changing one state's transitions: {@code Next} (or {@code End}), Choice rules, {@code Default} and
 * catchers. Changes go through the state's JSON form (see {@link StateTrees}), so they work for every state type.
 */
final class Edges {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Edges() {
    }

    /** The state an edge goes to, or null when the state has no such edge. */
    static @Nullable String target(State state, Transition.Kind kind, int index) {
        for (Transition t : Transition.of(state)) {
            if (t.kind() == kind && t.index() == index) {
                return t.target();
            }
        }
        return null;
    }

    /** The state with the edge's end moved to {@code target}. Precondition: the edge exists. */
    static State retarget(State state, Transition.Kind kind, int index, String target) {
        return StateTrees.edit(state, tree -> {
            switch (kind) {
                case NEXT -> tree.put("Next", target);
                case DEFAULT -> tree.put("Default", target);
                case CHOICE -> ((ObjectNode) tree.withArray("Choices").get(index)).put("Next", target);
                case CATCH -> ((ObjectNode) tree.withArray("Catch").get(index)).put("Next", target);
            }
        });
    }

    /**
     * The state without the edge: {@code Next} gives way to {@code "End": true}; a Choice rule, the Default or a
     * catcher is removed (and {@code Catch} with its last catcher). Precondition: the edge exists.
     */
    static State remove(State state, Transition.Kind kind, int index) {
        return StateTrees.edit(state, tree -> {
            switch (kind) {
                case NEXT -> end(tree, state);
                case DEFAULT -> tree.remove("Default");
                case CHOICE -> tree.withArray("Choices").remove(index);
                case CATCH -> {
                    ArrayNode catchers = tree.withArray("Catch");
                    catchers.remove(index);
                    if (catchers.isEmpty()) {
                        tree.remove("Catch");
                    }
                }
            }
        });
    }

    /** The state going on to {@code target} with {@code Next} instead of ending. */
    static State setNext(State state, String target) {
        return StateTrees.edit(state, tree -> {
            tree.remove("End");
            tree.put("Next", target);
        });
    }

    /** The state ending its graph ({@code "End": true}) instead of going on. */
    static State setEnd(State state) {
        return StateTrees.edit(state, tree -> end(tree, state));
    }

    private static void end(ObjectNode tree, State state) {
        tree.remove("Next");
        if (!(state instanceof InvalidState)) {
            tree.put("End", true);
        }
    }

    /** A Choice state with one more rule, last, going to {@code target}; see {@link #newRule}. */
    static State addRule(State choice, String target, QueryLanguage language) {
        return StateTrees.edit(choice, tree -> tree.withArray("Choices").add(newRule(target, language)));
    }

    /**
     * A rule that always matches, for the author to refine in the rule builder: {@code "$"} is present
     * (JSONPath), or {@code {% true %}} (JSONata).
     */
    static ObjectNode newRule(String target, QueryLanguage language) {
        ObjectNode rule = NODES.objectNode();
        if (language == QueryLanguage.JSONATA) {
            rule.put("Condition", "{% true %}");
        } else {
            rule.put("Variable", "$");
            rule.put("IsPresent", true);
        }
        rule.put("Next", target);
        return rule;
    }

    /** The state with one more catcher, last, sending every error ({@code States.ALL}) to {@code target}. */
    static State addCatcher(State state, String target) {
        return StateTrees.edit(state, tree -> {
            ObjectNode catcher = tree.withArray("Catch").addObject();
            catcher.putArray("ErrorEquals").add("States.ALL");
            catcher.put("Next", target);
        });
    }

    /** True when a catcher of the state already handles {@code States.ALL}, so no catcher can follow it. */
    static boolean catchesAll(State state) {
        return state.catchers() != null && state.catchers().stream()
                .anyMatch(c -> c.errorEquals() != null && c.errorEquals().contains("States.ALL"));
    }

    /** True when a transition of the state, or the (invalid) Next of a rule nested in And/Or/Not, names a match. */
    static boolean mentions(State state, Predicate<String> name) {
        for (Transition t : Transition.of(state)) {
            if (name.test(t.target())) {
                return true;
            }
        }
        if (state instanceof ChoiceState choice && choice.choices() != null) {
            for (ChoiceRule rule : choice.choices()) {
                if (nestedMentions(rule.condition(), name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean nestedMentions(Condition condition, Predicate<String> name) {
        List<ChoiceRule> rules = condition instanceof Condition.And and ? and.rules()
                : condition instanceof Condition.Or or ? or.rules()
                : condition instanceof Condition.Not not ? List.of(not.rule()) : List.of();
        for (ChoiceRule rule : rules) {
            if (rule.next() != null && name.test(rule.next()) || nestedMentions(rule.condition(), name)) {
                return true;
            }
        }
        return false;
    }
}
