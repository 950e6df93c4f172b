package statewise.engine.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds intrinsic function arguments that are sure to fail at run time: a literal of the wrong JSON type (a string
 * where {@code States.MathAdd} needs a number), a nested call whose result has the wrong type, an unsupported hash
 * algorithm, a deep {@code States.JsonMerge}, a zero {@code States.ArrayRange} step, or a {@code States.Format}
 * template whose {@code {}} placeholders do not match the arguments.
 *
 * <p>These are kept apart from {@link IntrinsicParser}'s errors on purpose: the AWS documentation describes them as
 * input validation of the running function, and the AWS-recorded corpus shows no definition refused for them, so
 * they are for warnings ("this will fail when it runs"), not for "AWS will refuse this definition".
 */
public final class IntrinsicArguments {

    /** The algorithms the AWS guide lists for {@code States.Hash}. */
    public static final Set<String> HASH_ALGORITHMS = Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

    private IntrinsicArguments() {
    }

    /** Every such problem in {@code expression} and the calls nested in it, in text order. */
    public static List<ExpressionError> problems(IntrinsicExpression expression) {
        List<ExpressionError> problems = new ArrayList<>();
        collect(expression, problems);
        return List.copyOf(problems);
    }

    private static void collect(IntrinsicExpression expression, List<ExpressionError> problems) {
        if (!(expression instanceof IntrinsicExpression.Call call)) {
            return;
        }
        List<IntrinsicExpression> arguments = call.arguments();
        for (int i = 0; i < arguments.size(); i++) {
            IntrinsicExpression argument = arguments.get(i);
            IntrinsicFunction.ValueType expected = call.function().parameterType(i);
            IntrinsicFunction.ValueType actual = typeOf(argument);
            if (!expected.accepts(actual)) {
                problems.add(new ExpressionError("Argument " + (i + 1) + " of " + call.function().awsName()
                        + " should be " + describe(expected) + ", not " + describe(actual), argument.offset()));
            } else {
                checkValue(call, i, argument, problems);
            }
            collect(argument, problems);
        }
        checkFormat(call, problems);
    }

    private static void checkValue(IntrinsicExpression.Call call, int index, IntrinsicExpression argument,
            List<ExpressionError> problems) {
        IntrinsicFunction function = call.function();
        if (function == IntrinsicFunction.HASH && index == 1
                && argument instanceof IntrinsicExpression.StringLiteral algorithm
                && !HASH_ALGORITHMS.contains(algorithm.value())) {
            problems.add(new ExpressionError("States.Hash supports MD5, SHA-1, SHA-256, SHA-384 and SHA-512, not '"
                    + algorithm.value() + "'", argument.offset()));
        } else if (function == IntrinsicFunction.JSON_MERGE && index == 2
                && argument instanceof IntrinsicExpression.BooleanLiteral deep && deep.value()) {
            problems.add(new ExpressionError("States.JsonMerge supports only shallow merging: the third argument"
                    + " must be false", argument.offset()));
        } else if (function == IntrinsicFunction.ARRAY_RANGE && index == 2
                && argument instanceof IntrinsicExpression.NumberLiteral step
                && step.value().compareTo(BigDecimal.ZERO) == 0) {
            problems.add(new ExpressionError("The step of States.ArrayRange must not be 0", argument.offset()));
        }
    }

    private static void checkFormat(IntrinsicExpression.Call call, List<ExpressionError> problems) {
        if (call.function() != IntrinsicFunction.FORMAT
                || !(call.arguments().get(0) instanceof IntrinsicExpression.StringLiteral template)) {
            return;
        }
        int placeholders = template.formatParts().size() - 1;
        int values = call.arguments().size() - 1;
        if (placeholders != values) {
            problems.add(new ExpressionError("The States.Format template has " + placeholders
                    + " {} placeholder" + (placeholders == 1 ? "" : "s") + " but " + values
                    + (values == 1 ? " value follows" : " values follow"), template.offset()));
        }
    }

    private static IntrinsicFunction.ValueType typeOf(IntrinsicExpression expression) {
        if (expression instanceof IntrinsicExpression.Call call) {
            return call.function().result();
        }
        if (expression instanceof IntrinsicExpression.StringLiteral) {
            return IntrinsicFunction.ValueType.STRING;
        }
        if (expression instanceof IntrinsicExpression.NumberLiteral) {
            return IntrinsicFunction.ValueType.NUMBER;
        }
        if (expression instanceof IntrinsicExpression.BooleanLiteral) {
            return IntrinsicFunction.ValueType.BOOLEAN;
        }
        return expression instanceof IntrinsicExpression.NullLiteral
                ? IntrinsicFunction.ValueType.NULL : IntrinsicFunction.ValueType.ANY;
    }

    private static String describe(IntrinsicFunction.ValueType type) {
        return switch (type) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            case ANY -> "any value";
        };
    }
}
