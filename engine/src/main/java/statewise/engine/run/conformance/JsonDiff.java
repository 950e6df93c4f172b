package statewise.engine.run.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Compares two JSON values and finds where they differ, leaf by leaf, with the path of each difference. Objects
 * compare by members (order does not matter), arrays by position, numbers by value (an integer never equals a
 * fraction: AWS would have written them differently), strings exactly or through {@link Placeholders}. Where a
 * member holds a payload ({@code input}, {@code output}, {@code parameters}, {@code cause}, an assigned variable),
 * JSON text and the value it holds are the same: AWS sends text, the recording parsed some of it back.
 */
final class JsonDiff {

    /** One differing leaf; null stands for an absent value. */
    record Leaf(String path, @Nullable JsonNode expected, @Nullable JsonNode actual) {
    }

    private static final Set<String> PAYLOADS = Set.of("input", "output", "parameters", "cause");
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]*");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Placeholders placeholders;
    private final int limit;
    private final List<Leaf> leaves = new ArrayList<>();

    private JsonDiff(Placeholders placeholders, int limit) {
        this.placeholders = placeholders;
        this.limit = limit;
    }

    /**
     * At most {@code limit} differing leaves, in document order, with paths starting with {@code path}.
     *
     * @param payload true when the values are a payload, where JSON text equals the value it holds
     */
    static List<Leaf> diff(String path, @Nullable JsonNode expected, @Nullable JsonNode actual,
            Placeholders placeholders, int limit, boolean payload) {
        JsonDiff diff = new JsonDiff(placeholders, limit);
        diff.compare(path, expected, actual, payload);
        return diff.leaves;
    }

    static boolean equal(@Nullable JsonNode expected, @Nullable JsonNode actual, Placeholders placeholders) {
        return diff("", expected, actual, placeholders, 1, false).isEmpty();
    }

    private void compare(String path, @Nullable JsonNode expected, @Nullable JsonNode actual, boolean payload) {
        if (leaves.size() >= limit) {
            return;
        }
        if (expected == null || actual == null) {
            if (expected != null || actual != null) {
                leaves.add(new Leaf(path, expected, actual));
            }
            return;
        }
        if (expected.isTextual() && actual.isTextual()
                && placeholders.matches(expected.textValue(), actual.textValue())) {
            return;
        }
        if (payload && (expected.isTextual() || actual.isTextual())) {
            JsonNode e = parsed(expected);
            JsonNode a = parsed(actual);
            if (e != expected || a != actual) {
                compare(path, e, a, false);
                return;
            }
        }
        if (expected.isObject() && actual.isObject()) {
            compareObjects(path, expected, actual);
        } else if (expected.isArray() && actual.isArray()) {
            int n = Math.max(expected.size(), actual.size());
            for (int i = 0; i < n; i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), false);
            }
        } else if (!scalarsEqual(expected, actual)) {
            leaves.add(new Leaf(path, expected, actual));
        }
    }

    private void compareObjects(String path, JsonNode expected, JsonNode actual) {
        boolean variables = path.endsWith("assignedVariables");
        for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            compare(member(path, key), expected.get(key), actual.get(key), variables || PAYLOADS.contains(key));
        }
        for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!expected.has(key)) {
                compare(member(path, key), null, actual.get(key), false);
            }
        }
    }

    private static boolean scalarsEqual(JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            if (expected.isIntegralNumber() != actual.isIntegralNumber()) {
                return false;
            }
            return expected.isIntegralNumber() ? expected.bigIntegerValue().equals(actual.bigIntegerValue())
                    : expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return expected.equals(actual);
    }

    /** The JSON a string holds, or the node itself when it is not a string of JSON. */
    private static JsonNode parsed(JsonNode node) {
        if (!node.isTextual()) {
            return node;
        }
        try {
            JsonNode value = JSON.readTree(node.textValue());
            return value == null || value.isMissingNode() ? node : value;
        } catch (JsonProcessingException e) {
            return node;
        }
    }

    static String member(String path, String key) {
        if (PLAIN_KEY.matcher(key).matches()) {
            return path.isEmpty() ? key : path + "." + key;
        }
        return path + "[" + JsonNodeFactory.instance.textNode(key).toString() + "]";
    }
}
