package statewise.engine.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.ComparisonOperator;
import statewise.engine.model.Condition;

/**
 * The data-test operators of JSONPath Choice rules. Each operator belongs to a family (string, numeric, boolean,
 * timestamp, type test) that fixes which JSON types it compares, and an order test (equal, less than...) that
 * reads the comparison's sign. Both sides must be of the family's type, or the rule does not match.
 */
final class Comparisons {

    private static final Order[] ORDERS = Arrays.stream(ComparisonOperator.values())
            .map(Order::of).toArray(Order[]::new);

    private Comparisons() {
    }

    static boolean test(Condition.Comparison comparison, PathScope scope) {
        String variable = comparison.variable();
        if (variable == null) {
            throw QueryFailure.runtime("A choice rule without a Variable cannot be evaluated");
        }
        JsonNode value = PathReads.find(CompiledPath.of(variable), scope, false);
        ComparisonOperator operator = comparison.operator();
        if (operator == ComparisonOperator.IS_PRESENT) {
            return (value != null) == comparison.operand().booleanValue();
        }
        if (value == null) {
            throw invalidPath(variable);
        }
        JsonNode operand = operator.isPathForm() ? operand(comparison.operand(), scope) : comparison.operand();
        return compare(operator, value, operand);
    }

    private static JsonNode operand(JsonNode path, PathScope scope) {
        if (!path.isTextual()) {
            throw QueryFailure.runtime("The operand of a ...Path comparison must be a path, not " + path);
        }
        JsonNode value = PathReads.find(CompiledPath.of(path.textValue()), scope, false);
        if (value == null) {
            throw invalidPath(path.textValue());
        }
        return value;
    }

    private static QueryFailure invalidPath(String path) {
        return QueryFailure.runtime("Invalid path '" + path
                + "': The choice state's condition path references an invalid value.");
    }

    private static boolean compare(ComparisonOperator operator, JsonNode value, JsonNode operand) {
        return switch (operator) {
            case STRING_EQUALS, STRING_EQUALS_PATH, STRING_LESS_THAN, STRING_LESS_THAN_PATH, STRING_GREATER_THAN,
                    STRING_GREATER_THAN_PATH, STRING_LESS_THAN_EQUALS, STRING_LESS_THAN_EQUALS_PATH,
                    STRING_GREATER_THAN_EQUALS, STRING_GREATER_THAN_EQUALS_PATH -> value.isTextual()
                    && operand.isTextual() && order(operator, value.textValue().compareTo(operand.textValue()));
            case STRING_MATCHES -> value.isTextual() && operand.isTextual()
                    && StringPatterns.matches(operand.textValue(), value.textValue());
            case NUMERIC_EQUALS, NUMERIC_EQUALS_PATH, NUMERIC_LESS_THAN, NUMERIC_LESS_THAN_PATH,
                    NUMERIC_GREATER_THAN, NUMERIC_GREATER_THAN_PATH, NUMERIC_LESS_THAN_EQUALS,
                    NUMERIC_LESS_THAN_EQUALS_PATH, NUMERIC_GREATER_THAN_EQUALS, NUMERIC_GREATER_THAN_EQUALS_PATH ->
                    value.isNumber() && operand.isNumber() && order(operator, numbers(value, operand));
            case BOOLEAN_EQUALS, BOOLEAN_EQUALS_PATH -> value.isBoolean() && operand.isBoolean()
                    && value.booleanValue() == operand.booleanValue();
            case TIMESTAMP_EQUALS, TIMESTAMP_EQUALS_PATH, TIMESTAMP_LESS_THAN, TIMESTAMP_LESS_THAN_PATH,
                    TIMESTAMP_GREATER_THAN, TIMESTAMP_GREATER_THAN_PATH, TIMESTAMP_LESS_THAN_EQUALS,
                    TIMESTAMP_LESS_THAN_EQUALS_PATH, TIMESTAMP_GREATER_THAN_EQUALS,
                    TIMESTAMP_GREATER_THAN_EQUALS_PATH -> timestamps(operator, value, operand);
            case IS_NULL -> value.isNull() == operand.booleanValue();
            case IS_NUMERIC -> value.isNumber() == operand.booleanValue();
            case IS_STRING -> value.isTextual() == operand.booleanValue();
            case IS_BOOLEAN -> value.isBoolean() == operand.booleanValue();
            case IS_TIMESTAMP -> (timestamp(value) != null) == operand.booleanValue();
            case IS_PRESENT -> throw new IllegalStateException("IsPresent is decided before the value is read");
        };
    }

    private static boolean timestamps(ComparisonOperator operator, JsonNode value, JsonNode operand) {
        Instant left = timestamp(value);
        Instant right = timestamp(operand);
        return left != null && right != null && order(operator, left.compareTo(right));
    }

    private static @Nullable Instant timestamp(JsonNode value) {
        return value.isTextual() ? AslTimestamps.parse(value.textValue()) : null;
    }

    private static int numbers(JsonNode left, JsonNode right) {
        if (left.isIntegralNumber() && right.isIntegralNumber() && left.canConvertToLong()
                && right.canConvertToLong()) {
            return Long.compare(left.longValue(), right.longValue());
        }
        return left.decimalValue().compareTo(right.decimalValue());
    }

    /** Whether a comparison's sign satisfies the operator's order test. */
    private static boolean order(ComparisonOperator operator, int sign) {
        return switch (ORDERS[operator.ordinal()]) {
            case EQUAL -> sign == 0;
            case LESS -> sign < 0;
            case GREATER -> sign > 0;
            case LESS_OR_EQUAL -> sign <= 0;
            case GREATER_OR_EQUAL -> sign >= 0;
        };
    }

    /** The order test of a comparison operator, read once from its ASL name. */
    private enum Order {
        EQUAL, LESS, GREATER, LESS_OR_EQUAL, GREATER_OR_EQUAL;

        static Order of(ComparisonOperator operator) {
            String name = operator.aslName();
            if (name.contains("GreaterThanEquals")) {
                return GREATER_OR_EQUAL;
            }
            if (name.contains("LessThanEquals")) {
                return LESS_OR_EQUAL;
            }
            if (name.contains("GreaterThan")) {
                return GREATER;
            }
            return name.contains("LessThan") ? LESS : EQUAL;
        }
    }
}
