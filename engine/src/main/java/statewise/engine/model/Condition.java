package statewise.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The test of a Choice rule: a comparison, a boolean combination of rules, or a JSONata condition. */
public sealed interface Condition {

    /**
     * {@code "Variable": path, "<Operator>": operand}.
     *
     * @param variable the path (or variable reference) whose value is tested; null when missing
     * @param operand  the literal, path or boolean written after the operator
     */
    record Comparison(@Nullable String variable, ComparisonOperator operator, JsonNode operand) implements Condition {
        public Comparison {
            operand = operand.deepCopy();
        }
    }

    /** {@code "And": [rules]}: every rule matches. */
    record And(List<ChoiceRule> rules) implements Condition {
        public And {
            rules = List.copyOf(rules);
        }
    }

    /** {@code "Or": [rules]}: at least one rule matches. */
    record Or(List<ChoiceRule> rules) implements Condition {
        public Or {
            rules = List.copyOf(rules);
        }
    }

    /** {@code "Not": rule}: the rule does not match. */
    record Not(ChoiceRule rule) implements Condition {
    }

    /** {@code "Condition": "{% ... %}"} in JSONata states: the rule matches when the expression is true. */
    record Jsonata(String text) implements Condition {
        public String body() {
            return JsonataText.body(text);
        }
    }

    /**
     * {@code "Condition"} holding something other than a {% %} string (AWS also accepts a literal boolean).
     *
     * @param value the value as written
     */
    record Literal(JsonNode value) implements Condition {
        public Literal {
            value = value.deepCopy();
        }
    }

    /** A rule object with no operator at all (invalid; kept so that nothing written is lost). */
    record Missing() implements Condition {
    }
}
