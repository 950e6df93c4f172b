package statewise.layout;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.Catcher;
import statewise.engine.model.ChoiceRule;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.ComparisonOperator;
import statewise.engine.model.Condition;
import statewise.engine.model.State;
import statewise.engine.model.Transition;

/**
 * The short text drawn along an edge: a Choice rule's comment or condition ({@code $.x < 10}), {@code Default}, or
 * the errors a catcher handles. Long texts are cut with an ellipsis so one rule cannot widen the whole diagram.
 */
final class EdgeTexts {

    /** The longest label, in characters, before it is cut. */
    static final int MAX_LENGTH = 28;

    private EdgeTexts() {
    }

    static @Nullable String of(State state, Transition transition) {
        return switch (transition.kind()) {
            case NEXT -> null;
            case DEFAULT -> "Default";
            case CHOICE -> state instanceof ChoiceState choice && choice.choices() != null
                    ? cut(rule(choice.choices().get(transition.index()))) : null;
            case CATCH -> state.catchers() != null ? cut(errors(state.catchers().get(transition.index()))) : null;
        };
    }

    static String cut(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        if (oneLine.codePointCount(0, oneLine.length()) <= MAX_LENGTH) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, MAX_LENGTH - 1)).stripTrailing() + "…";
    }

    private static String rule(ChoiceRule rule) {
        String comment = rule.comment();
        return comment != null && !comment.isBlank() ? comment : condition(rule.condition());
    }

    private static String errors(Catcher catcher) {
        List<String> errors = catcher.errorEquals();
        return errors == null || errors.isEmpty() ? "Catch" : String.join(", ", errors);
    }

    private static String condition(Condition condition) {
        if (condition instanceof Condition.Comparison c) {
            return comparison(c);
        }
        if (condition instanceof Condition.And and) {
            return joined(and.rules(), " and ");
        }
        if (condition instanceof Condition.Or or) {
            return joined(or.rules(), " or ");
        }
        if (condition instanceof Condition.Not not) {
            return "not (" + condition(not.rule().condition()) + ")";
        }
        if (condition instanceof Condition.Jsonata jsonata) {
            return jsonata.body().strip();
        }
        if (condition instanceof Condition.Literal literal) {
            return literal.value().toString();
        }
        return "?";
    }

    private static String joined(List<ChoiceRule> rules, String operator) {
        return rules.stream().map(r -> rules.size() > 1 ? "(" + condition(r.condition()) + ")"
                : condition(r.condition())).collect(Collectors.joining(operator));
    }

    private static String comparison(Condition.Comparison c) {
        String variable = c.variable() == null ? "?" : c.variable();
        JsonNode operand = c.operand();
        ComparisonOperator op = c.operator();
        String name = op.aslName().replace("Path", "");
        boolean yes = operand.isBoolean() && operand.booleanValue();
        return switch (name) {
            case "IsNull" -> variable + (yes ? " is null" : " is not null");
            case "IsPresent" -> variable + (yes ? " is present" : " is absent");
            case "IsNumeric", "IsString", "IsBoolean", "IsTimestamp" ->
                    variable + (yes ? " is " : " is not ") + name.substring(2).toLowerCase(Locale.ROOT);
            case "StringMatches" -> variable + " matches " + operand;
            default -> variable + " " + symbol(name) + " " + (operand.isTextual() && op.aslName().endsWith("Path")
                    ? operand.textValue() : operand.toString());
        };
    }

    private static String symbol(String name) {
        if (name.endsWith("LessThanEquals")) {
            return "<=";
        }
        if (name.endsWith("GreaterThanEquals")) {
            return ">=";
        }
        if (name.endsWith("LessThan")) {
            return "<";
        }
        if (name.endsWith("GreaterThan")) {
            return ">";
        }
        return "==";
    }
}
