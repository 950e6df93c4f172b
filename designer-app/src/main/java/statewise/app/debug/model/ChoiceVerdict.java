package statewise.app.debug.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.ChoiceRule;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.Condition;
import statewise.engine.query.ChoiceEvaluator;
import statewise.engine.query.JsonPathEvaluator;
import statewise.engine.query.PathScope;
import statewise.engine.query.QueryFailure;

/**
 * Which rule of a paused Choice state matches and why: each rule in order with the value its {@code Variable}
 * selects, the operator and the operand it is compared with, and whether it matches, as the engine's own
 * {@link ChoiceEvaluator} decides. The first matching rule (else Default) is the way the state will go.
 * JSONata conditions are not evaluated here; the history shows the way taken once the state runs.
 *
 * @param rules  one line per top-level rule
 * @param chosen the index of the first matching rule, -1 for Default, or null when it cannot be told
 * @param next   the state it goes to next, or null when it cannot be told (no match and no Default: it fails)
 */
public record ChoiceVerdict(List<RuleLine> rules, @Nullable Integer chosen, @Nullable String next) {

    /**
     * One rule.
     *
     * @param matches true or false, or null when it cannot be evaluated here (JSONata) or fails
     * @param detail  the values compared, or the error
     */
    public record RuleLine(int index, @Nullable String next, @Nullable Boolean matches, String detail) {
    }

    public ChoiceVerdict {
        rules = List.copyOf(rules);
    }

    /**
     * Evaluates the rules of {@code choice} on {@code effectiveInput} (the input after InputPath), with the
     * paused state's context object and variables.
     */
    public static ChoiceVerdict of(ChoiceState choice, JsonNode effectiveInput, JsonNode context,
            Map<String, JsonNode> variables) {
        PathScope scope = new PathScope(effectiveInput, context, variables::get);
        List<RuleLine> lines = new ArrayList<>();
        Integer chosen = null;
        boolean undecided = false;
        List<ChoiceRule> rules = choice.choices() == null ? List.of() : choice.choices();
        for (int i = 0; i < rules.size(); i++) {
            RuleLine line = line(i, rules.get(i), scope);
            lines.add(line);
            if (chosen == null && !undecided) {
                if (line.matches() == null) {
                    undecided = true;
                } else if (line.matches()) {
                    chosen = i;
                }
            }
        }
        if (chosen == null && !undecided) {
            chosen = -1;
        }
        String next = chosen == null ? null : chosen >= 0 ? rules.get(chosen).next() : choice.defaultState();
        return new ChoiceVerdict(lines, chosen, next);
    }

    private static RuleLine line(int index, ChoiceRule rule, PathScope scope) {
        Condition condition = rule.condition();
        if (condition instanceof Condition.Jsonata || condition instanceof Condition.Literal
                || condition instanceof Condition.Missing) {
            return new RuleLine(index, rule.next(), null, "JSONata condition: the history shows the way taken");
        }
        try {
            boolean matches = ChoiceEvaluator.matches(condition, scope);
            return new RuleLine(index, rule.next(), matches, describe(condition, scope));
        } catch (QueryFailure e) {
            return new RuleLine(index, rule.next(), null, e.error() + ": " + e.cause());
        }
    }

    /** The values compared: {@code $.total = 1200, NumericGreaterThan 1000}; combinations name their operator. */
    static String describe(Condition condition, PathScope scope) {
        if (condition instanceof Condition.Comparison c) {
            String operand = c.operator().aslName().endsWith("Path") ? c.operand().asText() + " = "
                    + value(c.operand().asText(), scope) : c.operand().toString();
            return c.variable() + " = " + value(c.variable(), scope) + ", " + c.operator().aslName() + " " + operand;
        }
        if (condition instanceof Condition.And and) {
            return "And of " + and.rules().size() + " rules: " + combined(and.rules(), scope);
        }
        if (condition instanceof Condition.Or or) {
            return "Or of " + or.rules().size() + " rules: " + combined(or.rules(), scope);
        }
        if (condition instanceof Condition.Not not) {
            return "Not (" + describe(not.rule().condition(), scope) + ")";
        }
        return condition.toString();
    }

    private static String combined(List<ChoiceRule> rules, PathScope scope) {
        List<String> parts = new ArrayList<>();
        rules.forEach(r -> parts.add("(" + describe(r.condition(), scope) + ")"));
        return String.join(" ", parts);
    }

    private static String value(@Nullable String path, PathScope scope) {
        if (path == null) {
            return "(no Variable)";
        }
        try {
            return JsonPathEvaluator.select(path, scope, "Variable").toString();
        } catch (QueryFailure e) {
            return "(selects nothing)";
        }
    }
}
