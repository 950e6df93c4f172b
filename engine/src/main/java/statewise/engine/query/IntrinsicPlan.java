package statewise.engine.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * An intrinsic function call prepared for repeated evaluation: literals already converted to JSON values, paths
 * compiled, a literal {@code States.Format} template already split. Evaluating a node either gives a value or
 * throws {@link IntrinsicError} with AWS's detail, which {@link IntrinsicEvaluator} wraps.
 */
final class IntrinsicPlan {

    private IntrinsicPlan() {
    }

    /** One argument or call of the expression. */
    sealed interface Node {
        JsonNode value(PathScope scope, RandomGenerator random);
    }

    /** A literal argument. */
    record Constant(JsonNode value) implements Node {
        @Override
        public JsonNode value(PathScope scope, RandomGenerator random) {
            return value;
        }
    }

    /** A path argument; unlike a payload template's path, an index past the end of an array is a miss. */
    record Path(CompiledPath path) implements Node {
        @Override
        public JsonNode value(PathScope scope, RandomGenerator random) {
            JsonNode value = PathReads.find(path, scope, true);
            if (value == null) {
                throw new IntrinsicError("The JsonPath argument for the field '" + path.text()
                        + "' could not be found in the input '"
                        + JsonText.compact(PathReads.searched(path.document(scope), scope)) + "'");
            }
            return value;
        }
    }

    /** A call; {@code template} is the split first argument of a {@code States.Format} written as a literal. */
    record Call(IntrinsicFunction function, List<Node> arguments, @Nullable FormatTemplate template)
            implements Node {
        @Override
        public JsonNode value(PathScope scope, RandomGenerator random) {
            JsonNode[] args = new JsonNode[arguments.size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = arguments.get(i).value(scope, random);
            }
            return apply(args, random);
        }

        private JsonNode apply(JsonNode[] args, RandomGenerator random) {
            return switch (function) {
                case FORMAT -> TextIntrinsics.format(template != null ? template
                        : FormatTemplate.parse(IntrinsicError.text(args[0], function), false), args, 1);
                case STRING_TO_JSON -> ValueIntrinsics.stringToJson(args[0]);
                case JSON_TO_STRING -> ValueIntrinsics.jsonToString(args[0]);
                case ARRAY -> ArrayIntrinsics.collect(args);
                case ARRAY_PARTITION -> ArrayIntrinsics.partition(args[0], args[1]);
                case ARRAY_CONTAINS -> ArrayIntrinsics.contains(args[0], args[1]);
                case ARRAY_RANGE -> ArrayIntrinsics.range(args[0], args[1], args[2]);
                case ARRAY_GET_ITEM -> ArrayIntrinsics.getItem(args[0], args[1]);
                case ARRAY_LENGTH -> ArrayIntrinsics.length(args[0]);
                case ARRAY_UNIQUE -> ArrayIntrinsics.unique(args[0]);
                case BASE64_ENCODE -> TextIntrinsics.base64Encode(args[0]);
                case BASE64_DECODE -> TextIntrinsics.base64Decode(args[0]);
                case HASH -> TextIntrinsics.hash(args[0], args[1]);
                case JSON_MERGE -> ValueIntrinsics.jsonMerge(args[0], args[1], args[2]);
                case MATH_RANDOM -> ValueIntrinsics.mathRandom(args[0], args[1],
                        args.length > 2 ? args[2] : MissingNode.getInstance(), random);
                case MATH_ADD -> ValueIntrinsics.mathAdd(args[0], args[1]);
                case STRING_SPLIT -> TextIntrinsics.split(args[0], args[1]);
                case UUID -> ValueIntrinsics.uuid(random);
            };
        }
    }

    /** The plan of a parsed expression (a call, or a single argument). */
    static Node compile(IntrinsicExpression expression) {
        if (expression instanceof IntrinsicExpression.Call call) {
            List<Node> arguments = call.arguments().stream().map(IntrinsicPlan::compile).toList();
            FormatTemplate template = call.function() == IntrinsicFunction.FORMAT
                    && call.arguments().get(0) instanceof IntrinsicExpression.StringLiteral literal
                    ? FormatTemplate.parse(literal.raw(), true) : null;
            return new Call(call.function(), arguments, template);
        }
        if (expression instanceof IntrinsicExpression.PathArgument argument) {
            return new Path(CompiledPath.of(argument.path()));
        }
        return new Constant(literal(expression));
    }

    private static JsonNode literal(IntrinsicExpression expression) {
        if (expression instanceof IntrinsicExpression.StringLiteral string) {
            return JsonText.NODES.textNode(string.value());
        }
        if (expression instanceof IntrinsicExpression.NumberLiteral number) {
            return number(number.value());
        }
        if (expression instanceof IntrinsicExpression.BooleanLiteral bool) {
            return JsonText.NODES.booleanNode(bool.value());
        }
        return NullNode.getInstance();
    }

    /** A number literal as Jackson reads the same text: integers as integers, decimals as doubles. */
    private static JsonNode number(BigDecimal value) {
        if (value.scale() > 0) {
            return JsonText.NODES.numberNode(value.doubleValue());
        }
        BigInteger integer = value.toBigInteger();
        if (integer.bitLength() < Integer.SIZE) {
            return JsonText.NODES.numberNode(integer.intValue());
        }
        return integer.bitLength() < Long.SIZE ? JsonText.NODES.numberNode(integer.longValue())
                : JsonText.NODES.numberNode(integer);
    }
}
