package statewise.engine.query;

import statewise.engine.model.ChoiceRule;
import statewise.engine.model.Condition;

/**
 * Decides whether the condition of a Choice rule in a JSONPath state matches, as AWS decides: a value of the
 * wrong type never matches (a string is not {@code NumericEquals} anything, {@code "true"} is no boolean), numbers
 * compare by value ({@code 1} equals {@code 1.0}), strings by their UTF-16 code units, timestamps by the instant
 * they denote. A {@code Variable} (or a {@code ...Path} operand) that selects nothing fails the state with
 * {@code States.Runtime}, except under {@code IsPresent}, which exists to ask. {@code And} and {@code Or} stop at
 * the first rule that decides them.
 */
public final class ChoiceEvaluator {

    private ChoiceEvaluator() {
    }

    /**
     * Whether {@code condition} matches in {@code scope}.
     *
     * @throws QueryFailure             {@code States.Runtime} when a path of the rule selects nothing
     * @throws IllegalArgumentException for JSONata conditions ({@code Jsonata}, {@code Literal}) and rules
     *                                  without an operator ({@code Missing}), which are not evaluated here
     */
    public static boolean matches(Condition condition, PathScope scope) {
        if (condition instanceof Condition.Comparison comparison) {
            return Comparisons.test(comparison, scope);
        }
        if (condition instanceof Condition.And and) {
            for (ChoiceRule rule : and.rules()) {
                if (!matches(rule.condition(), scope)) {
                    return false;
                }
            }
            return true;
        }
        if (condition instanceof Condition.Or or) {
            for (ChoiceRule rule : or.rules()) {
                if (matches(rule.condition(), scope)) {
                    return true;
                }
            }
            return false;
        }
        if (condition instanceof Condition.Not not) {
            return !matches(not.rule().condition(), scope);
        }
        throw new IllegalArgumentException("Not a JSONPath Choice condition: " + condition);
    }
}
