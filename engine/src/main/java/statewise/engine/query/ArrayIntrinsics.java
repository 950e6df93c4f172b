package statewise.engine.query;

import static statewise.engine.query.IntrinsicError.array;
import static statewise.engine.query.IntrinsicError.invalid;
import static statewise.engine.query.IntrinsicError.truncated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The array intrinsics with AWS's observed rules: counts, indexes and bounds are numbers cut toward zero;
 * {@code States.ArrayContains} compares values as AWS's Java values print ({@code "true"} matches {@code true});
 * {@code States.ArrayUnique} keeps the first of equal values in the order a Java {@code HashSet} of them iterates
 * ({@code [true, false]} gives {@code [false, true]}); {@code States.ArrayRange} makes at most 1,000 items.
 */
final class ArrayIntrinsics {

    static final int MAX_RANGE_ITEMS = 1000;

    private ArrayIntrinsics() {
    }

    static JsonNode collect(JsonNode[] args) {
        ArrayNode array = JsonText.NODES.arrayNode(args.length);
        for (JsonNode arg : args) {
            array.add(arg);
        }
        return array;
    }

    static JsonNode partition(JsonNode values, JsonNode size) {
        ArrayNode array = array(values, IntrinsicFunction.ARRAY_PARTITION);
        int chunk = truncated(size, IntrinsicFunction.ARRAY_PARTITION);
        if (chunk <= 0) {
            throw invalid(IntrinsicFunction.ARRAY_PARTITION);
        }
        ArrayNode chunks = JsonText.NODES.arrayNode();
        for (int start = 0; start < array.size(); start += chunk) {
            ArrayNode part = chunks.addArray();
            for (int i = start; i < Math.min(array.size(), start + chunk); i++) {
                part.add(array.get(i));
            }
        }
        return chunks;
    }

    static JsonNode contains(JsonNode values, JsonNode wanted) {
        ArrayNode array = array(values, IntrinsicFunction.ARRAY_CONTAINS);
        String text = JsonText.render(wanted);
        for (JsonNode item : array) {
            if (JsonText.render(item).equals(text)) {
                return JsonText.NODES.booleanNode(true);
            }
        }
        return JsonText.NODES.booleanNode(false);
    }

    static JsonNode range(JsonNode first, JsonNode last, JsonNode step) {
        IntrinsicFunction function = IntrinsicFunction.ARRAY_RANGE;
        long start = truncated(first, function);
        long end = truncated(last, function);
        long increment = truncated(step, function);
        if (increment == 0) {
            throw invalid(function);
        }
        long count = (increment > 0 ? end >= start : end <= start) ? (end - start) / increment + 1 : 0;
        if (count > MAX_RANGE_ITEMS) {
            throw invalid(function);
        }
        ArrayNode range = JsonText.NODES.arrayNode((int) count);
        for (long i = 0; i < count; i++) {
            range.add((int) (start + i * increment));
        }
        return range;
    }

    /** The item at the index; AWS answers null for any index into an empty array, and fails otherwise. */
    static JsonNode getItem(JsonNode values, JsonNode position) {
        ArrayNode array = array(values, IntrinsicFunction.ARRAY_GET_ITEM);
        int index = truncated(position, IntrinsicFunction.ARRAY_GET_ITEM);
        if (array.isEmpty()) {
            return NullNode.getInstance();
        }
        if (index < 0 || index >= array.size()) {
            throw invalid(IntrinsicFunction.ARRAY_GET_ITEM);
        }
        return array.get(index);
    }

    static JsonNode length(JsonNode values) {
        return JsonText.NODES.numberNode(array(values, IntrinsicFunction.ARRAY_LENGTH).size());
    }

    static JsonNode unique(JsonNode values) {
        ArrayNode array = array(values, IntrinsicFunction.ARRAY_UNIQUE);
        List<Object> javaValues = new ArrayList<>(array.size());
        Map<Object, JsonNode> firstSeen = new HashMap<>();
        for (JsonNode item : array) {
            Object javaValue = JsonText.toJava(item);
            javaValues.add(javaValue);
            firstSeen.putIfAbsent(javaValue, item);
        }
        ArrayNode unique = JsonText.NODES.arrayNode(firstSeen.size());
        for (Object javaValue : new HashSet<>(javaValues)) {
            unique.add(firstSeen.get(javaValue));
        }
        return unique;
    }
}
