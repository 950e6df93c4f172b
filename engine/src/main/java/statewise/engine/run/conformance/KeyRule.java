package statewise.engine.run.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A replacement chosen by key and value, walked over the tree as LocalStack's {@code KeyValueBasedTransformer}
 * walks it: object members in order, into objects and into the objects of arrays (not into nested arrays), and
 * never into a value it replaced.
 *
 * @param matcher     which members to replace
 * @param replacement the replacement value, or the name of the {@code <name:N>} reference
 * @param reference   true to replace every occurrence of the value in the whole text
 */
record KeyRule(Matcher matcher, String replacement, boolean reference) {

    /** Whether a member is replaced. */
    @FunctionalInterface
    interface Matcher {
        boolean matches(String key, JsonNode value);
    }

    static final Pattern UUID = Pattern.compile(
            "[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}");

    /** UUIDs under keys ending in {@code id} become {@code <uuid:N>}. */
    static final KeyRule UUIDS = new KeyRule((key, value) -> value.isTextual()
            && key.toLowerCase(Locale.ROOT).endsWith("id") && UUID.matcher(value.textValue()).lookingAt(),
            "uuid", true);

    /** A member whose key contains {@code timestamp} becomes {@code "timestamp"}, unless it holds an ISO date. */
    static final KeyRule TIMESTAMPS = new KeyRule((key, value) -> isTimestampKey(key)
            && !(value.isTextual() && IsoDates.PATTERN.matcher(value.textValue()).lookingAt()), "timestamp", false);

    /** The {@code key_value} transformer: a non-empty value under exactly {@code key}. */
    static KeyRule exactKey(String key, String replacement, boolean reference) {
        return new KeyRule((k, v) -> k.equals(key) && !v.isNull() && !(v.isTextual() && v.textValue().isEmpty()),
                replacement, reference);
    }

    private static boolean isTimestampKey(String key) {
        return key.indexOf('\n') < 0 && key.toLowerCase(Locale.ROOT).contains("timestamp")
                || key.equals("creationTime") || key.equals("ingestionTime");
    }

    void apply(ObjectNode object, TransformContext context) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        object.fields().forEachRemaining(fields::add);
        for (Map.Entry<String, JsonNode> field : fields) {
            JsonNode value = field.getValue();
            if (matcher.matches(field.getKey(), value)) {
                replace(object, field.getKey(), value, context);
            } else if (value instanceof ArrayNode array) {
                array.forEach(item -> {
                    if (item instanceof ObjectNode child) {
                        apply(child, context);
                    }
                });
            } else if (value instanceof ObjectNode child) {
                apply(child, context);
            }
        }
    }

    private void replace(ObjectNode object, String key, JsonNode value, TransformContext context) {
        if (!reference) {
            object.put(key, replacement);
        } else if (value.isTextual()) {
            context.addReference(value.textValue(), replacement);
        }
    }
}
