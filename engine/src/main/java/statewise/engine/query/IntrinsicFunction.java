package statewise.engine.query;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of AWS intrinsic functions ({@code States.Format} and the rest) with what the checker and the
 * interpreter need to know about each: its name, how many arguments it takes, what type each argument should have
 * and what it returns. Source: the AWS Step Functions developer guide, "Intrinsic functions for JSONPath states".
 */
public enum IntrinsicFunction {

    FORMAT("States.Format", 1, Integer.MAX_VALUE, ValueType.STRING, ValueType.STRING, ValueType.ANY),
    STRING_TO_JSON("States.StringToJson", 1, 1, ValueType.ANY, ValueType.STRING),
    JSON_TO_STRING("States.JsonToString", 1, 1, ValueType.STRING, ValueType.ANY),
    ARRAY("States.Array", 0, Integer.MAX_VALUE, ValueType.ARRAY, ValueType.ANY),
    ARRAY_PARTITION("States.ArrayPartition", 2, 2, ValueType.ARRAY, ValueType.ARRAY, ValueType.NUMBER),
    ARRAY_CONTAINS("States.ArrayContains", 2, 2, ValueType.BOOLEAN, ValueType.ARRAY, ValueType.ANY),
    ARRAY_RANGE("States.ArrayRange", 3, 3, ValueType.ARRAY, ValueType.NUMBER, ValueType.NUMBER, ValueType.NUMBER),
    ARRAY_GET_ITEM("States.ArrayGetItem", 2, 2, ValueType.ANY, ValueType.ARRAY, ValueType.NUMBER),
    ARRAY_LENGTH("States.ArrayLength", 1, 1, ValueType.NUMBER, ValueType.ARRAY),
    ARRAY_UNIQUE("States.ArrayUnique", 1, 1, ValueType.ARRAY, ValueType.ARRAY),
    BASE64_ENCODE("States.Base64Encode", 1, 1, ValueType.STRING, ValueType.STRING),
    BASE64_DECODE("States.Base64Decode", 1, 1, ValueType.STRING, ValueType.STRING),
    HASH("States.Hash", 2, 2, ValueType.STRING, ValueType.STRING, ValueType.STRING),
    JSON_MERGE("States.JsonMerge", 3, 3, ValueType.OBJECT, ValueType.OBJECT, ValueType.OBJECT, ValueType.BOOLEAN),
    MATH_RANDOM("States.MathRandom", 2, 3, ValueType.NUMBER, ValueType.NUMBER, ValueType.NUMBER, ValueType.NUMBER),
    MATH_ADD("States.MathAdd", 2, 2, ValueType.NUMBER, ValueType.NUMBER, ValueType.NUMBER),
    STRING_SPLIT("States.StringSplit", 2, 2, ValueType.ARRAY, ValueType.STRING, ValueType.STRING),
    UUID("States.UUID", 0, 0, ValueType.STRING);

    /** The JSON type of an argument or a result, as far as it can be known before running. */
    public enum ValueType {
        STRING, NUMBER, BOOLEAN, ARRAY, OBJECT, NULL,
        /** Any JSON value, or not known until run time (a path's value). */
        ANY;

        /** True when a value of type {@code actual} may be given where this type is expected. */
        public boolean accepts(ValueType actual) {
            return this == ANY || actual == ANY || this == actual;
        }
    }

    private static final Map<String, IntrinsicFunction> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(IntrinsicFunction::awsName, Function.identity()));

    private final String awsName;
    private final int minArguments;
    private final int maxArguments;
    private final ValueType result;
    private final List<ValueType> parameters;

    IntrinsicFunction(String awsName, int minArguments, int maxArguments, ValueType result,
            ValueType... parameters) {
        this.awsName = awsName;
        this.minArguments = minArguments;
        this.maxArguments = maxArguments;
        this.result = result;
        this.parameters = List.of(parameters);
    }

    /** The function with this exact, case-sensitive name, e.g. {@code States.Format}. */
    public static Optional<IntrinsicFunction> byAwsName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The name as written in a definition, e.g. {@code States.ArrayGetItem}. */
    public String awsName() {
        return awsName;
    }

    public int minArguments() {
        return minArguments;
    }

    /** The most arguments it takes; {@link Integer#MAX_VALUE} for {@code States.Format} and {@code States.Array}. */
    public int maxArguments() {
        return maxArguments;
    }

    public boolean acceptsArgumentCount(int count) {
        return count >= minArguments && count <= maxArguments;
    }

    /** What the function returns; {@link ValueType#ANY} where it depends on the arguments. */
    public ValueType result() {
        return result;
    }

    /**
     * True for the functions that can produce the string a Fail state's {@code ErrorPath} or {@code CausePath}
     * needs: ArrayGetItem, Base64Encode, Base64Decode, Format, JsonToString, Hash and UUID, the list AWS's own
     * language service checks against.
     */
    public boolean allowedInErrorOrCausePath() {
        return result == ValueType.STRING || this == ARRAY_GET_ITEM;
    }

    /** The type expected at argument {@code index}; the last parameter repeats for variadic functions. */
    public ValueType parameterType(int index) {
        if (parameters.isEmpty()) {
            return ValueType.ANY;
        }
        return parameters.get(Math.min(index, parameters.size() - 1));
    }

    /** "takes 2 arguments", "takes 2 or 3 arguments", "takes at least 1 argument": for messages. */
    String arityDescription() {
        if (maxArguments == Integer.MAX_VALUE) {
            return "takes at least " + plural(minArguments);
        }
        if (minArguments == maxArguments) {
            return minArguments == 0 ? "takes no arguments" : "takes " + plural(minArguments);
        }
        return "takes " + minArguments + " or " + plural(maxArguments);
    }

    private static String plural(int count) {
        return count + (count == 1 ? " argument" : " arguments");
    }
}
