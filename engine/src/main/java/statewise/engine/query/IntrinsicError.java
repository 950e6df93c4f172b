package statewise.engine.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Why an intrinsic function call failed, in AWS's words ("Invalid arguments in States.MathAdd"), before the
 * evaluator wraps it in the sentence naming the whole expression. It unwinds the nested calls of one expression and
 * never leaves {@link IntrinsicEvaluator}; it keeps no stack trace. The static helpers read an argument as the type
 * a function needs, failing with this error otherwise.
 */
final class IntrinsicError extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    IntrinsicError(String detail) {
        super(detail, null, false, false);
    }

    /** AWS's detail for arguments a function cannot take. */
    static IntrinsicError invalid(IntrinsicFunction function) {
        return new IntrinsicError("Invalid arguments in " + function.awsName());
    }

    static String text(JsonNode value, IntrinsicFunction function) {
        if (!value.isTextual()) {
            throw invalid(function);
        }
        return value.textValue();
    }

    static ArrayNode array(JsonNode value, IntrinsicFunction function) {
        if (!value.isArray()) {
            throw invalid(function);
        }
        return (ArrayNode) value;
    }

    static BigDecimal number(JsonNode value, IntrinsicFunction function) {
        if (!value.isNumber()) {
            throw invalid(function);
        }
        return value.decimalValue();
    }

    /** A number cut to an integer toward zero, as AWS reads counts, indexes and bounds ({@code 2.6} is 2). */
    static int truncated(JsonNode value, IntrinsicFunction function) {
        return toInt(number(value, function).setScale(0, RoundingMode.DOWN), function);
    }

    /** A number rounded half up, as AWS reads {@code States.MathAdd}'s operands ({@code -1.5} is -1). */
    static int rounded(JsonNode value, IntrinsicFunction function) {
        BigDecimal number = number(value, function);
        return toInt(number.add(new BigDecimal("0.5")).setScale(0, RoundingMode.FLOOR), function);
    }

    private static int toInt(BigDecimal integer, IntrinsicFunction function) {
        if (integer.compareTo(INT_MIN) < 0 || integer.compareTo(INT_MAX) > 0) {
            throw invalid(function);
        }
        return integer.intValue();
    }
}
