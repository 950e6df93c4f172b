package statewise.engine.query;

import static statewise.engine.query.IntrinsicError.invalid;
import static statewise.engine.query.IntrinsicError.rounded;
import static statewise.engine.query.IntrinsicError.text;
import static statewise.engine.query.IntrinsicError.truncated;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The JSON, math and identifier intrinsics with AWS's observed rules: {@code States.MathAdd} rounds its operands
 * half up and works on 32-bit integers; {@code States.MathRandom} cuts its bounds toward zero and draws from
 * [start, end); {@code States.JsonMerge} merges shallowly (a deep merge fails) and orders the keys as a Java
 * {@code HashMap} iterates them; {@code States.StringToJson} of a blank string is null.
 */
final class ValueIntrinsics {

    private ValueIntrinsics() {
    }

    static JsonNode stringToJson(JsonNode value) {
        String text = text(value, IntrinsicFunction.STRING_TO_JSON);
        try {
            JsonNode parsed = JsonText.MAPPER.readTree(text);
            return parsed == null || parsed.isMissingNode() ? NullNode.getInstance() : parsed;
        } catch (JsonProcessingException e) {
            throw invalid(IntrinsicFunction.STRING_TO_JSON);
        }
    }

    static JsonNode jsonToString(JsonNode value) {
        return JsonText.NODES.textNode(JsonText.compact(value));
    }

    static JsonNode jsonMerge(JsonNode first, JsonNode second, JsonNode deep) {
        if (!first.isObject() || !second.isObject() || deep.isBoolean() && deep.booleanValue()) {
            throw invalid(IntrinsicFunction.JSON_MERGE);
        }
        Map<String, JsonNode> merged = new HashMap<>(fields(first));
        merged.putAll(fields(second));
        ObjectNode result = JsonText.NODES.objectNode();
        merged.forEach(result::set);
        return result;
    }

    private static Map<String, JsonNode> fields(JsonNode object) {
        Map<String, JsonNode> fields = new HashMap<>();
        object.fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue()));
        return fields;
    }

    static JsonNode mathAdd(JsonNode left, JsonNode right) {
        long sum = (long) rounded(left, IntrinsicFunction.MATH_ADD) + rounded(right, IntrinsicFunction.MATH_ADD);
        if (sum != (int) sum) {
            throw invalid(IntrinsicFunction.MATH_ADD);
        }
        return JsonText.NODES.numberNode((int) sum);
    }

    /** A whole number in [start, end); {@code seed} (a missing node when not given) makes it repeatable. */
    static JsonNode mathRandom(JsonNode start, JsonNode end, JsonNode seed, RandomGenerator random) {
        int from = truncated(start, IntrinsicFunction.MATH_RANDOM);
        int to = truncated(end, IntrinsicFunction.MATH_RANDOM);
        if (from >= to) {
            throw invalid(IntrinsicFunction.MATH_RANDOM);
        }
        RandomGenerator generator = seed.isMissingNode() ? random
                : new Random(truncated(seed, IntrinsicFunction.MATH_RANDOM));
        long value = generator.nextLong(from, to);
        return JsonText.NODES.numberNode((int) value);
    }

    /** A version 4 UUID drawn from {@code random}. */
    static JsonNode uuid(RandomGenerator random) {
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return JsonText.NODES.textNode(new UUID(high, low).toString());
    }
}
