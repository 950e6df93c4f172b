package statewise.engine.query;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Carries values between Jackson trees and the Java objects the dashjoin JSONata library works on (maps, lists,
 * strings, numbers, booleans, {@link Jsonata#NULL_VALUE} for JSON null, Java null for "undefined").
 *
 * <p>Objects and arrays go in as read-only views over the tree rather than copies: a state's input, the context
 * object (which holds the execution's input) and the variables would otherwise be copied for every expression, which
 * makes a Map state over n items cost n times its input. A view that comes back out unchanged is unwrapped to the
 * very tree it shows. Numbers go in as JSONata sees them (JavaScript doubles; integers stay exact as long values)
 * and come out as JSON prints them: a whole double becomes an integer, as {@code JSON.stringify} writes it.
 */
final class JsonataValues {

    /** The largest integer a JavaScript number holds exactly: 2^53. */
    private static final double SAFE_INTEGER = 9_007_199_254_740_992d;

    private JsonataValues() {
    }

    /** The JSONata form of {@code value}; null (undefined) for a missing node. */
    static @Nullable Object toJsonata(@Nullable JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return null;
        }
        return switch (value.getNodeType()) {
            case OBJECT -> new ObjectView((ObjectNode) value);
            case ARRAY -> new ArrayView((ArrayNode) value);
            case STRING -> value.textValue();
            case BOOLEAN -> value.booleanValue();
            case NUMBER -> number(value);
            case NULL -> Jsonata.NULL_VALUE;
            default -> value.asText();
        };
    }

    private static Number number(JsonNode value) {
        if (value.isInt() || value.isLong()) {
            return value.isInt() ? (Number) value.intValue() : (Number) value.longValue();
        }
        if (value.isBigInteger() && value.canConvertToLong()) {
            return value.longValue();
        }
        return value.doubleValue();
    }

    /**
     * The JSON form of a JSONata result; null when the result is undefined. Functions and regular expressions have no
     * JSON form: inside an object or array they are left out (as {@code JSON.stringify} leaves them out), alone they
     * count as undefined.
     */
    static @Nullable JsonNode toJson(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value == Jsonata.NULL_VALUE) {
            return JsonText.NODES.nullNode();
        }
        if (value instanceof ObjectView view) {
            return view.node;
        }
        if (value instanceof ArrayView view) {
            return view.node;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = JsonText.NODES.objectNode();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                JsonNode child = e.getValue() == null ? JsonText.NODES.nullNode() : toJson(e.getValue());
                if (child != null) {
                    object.set(String.valueOf(e.getKey()), child);
                }
            }
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = JsonText.NODES.arrayNode(list.size());
            for (Object item : list) {
                JsonNode child = item == null ? JsonText.NODES.nullNode() : toJson(item);
                if (child != null) {
                    array.add(child);
                }
            }
            return array;
        }
        return scalar(value);
    }

    private static @Nullable JsonNode scalar(Object value) {
        if (value instanceof String s) {
            return JsonText.NODES.textNode(s);
        }
        if (value instanceof Boolean b) {
            return JsonText.NODES.booleanNode(b);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return JsonText.NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return JsonText.NODES.numberNode(big);
        }
        if (value instanceof Number n) {
            return decimal(n instanceof BigDecimal d ? d.doubleValue() : n.doubleValue());
        }
        return null;
    }

    /** A JavaScript number as {@code JSON.stringify} writes it: whole numbers without a fraction, NaN as null. */
    private static JsonNode decimal(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return JsonText.NODES.nullNode();
        }
        if (d == Math.rint(d) && Math.abs(d) <= SAFE_INTEGER) {
            return JsonText.NODES.numberNode((long) d);
        }
        return JsonText.NODES.numberNode(d);
    }

    /** A read-only map over a JSON object, converting members as they are read. */
    private static final class ObjectView extends AbstractMap<String, Object> {

        private final ObjectNode node;

        ObjectView(ObjectNode node) {
            this.node = node;
        }

        @Override
        public @Nullable Object get(Object key) {
            return key instanceof String name ? toJsonata(node.get(name)) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && node.has(name);
        }

        @Override
        public int size() {
            return node.size();
        }

        @Override
        public Set<Map.Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, Object>> iterator() {
                    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return fields.hasNext();
                        }

                        @Override
                        public Map.Entry<String, Object> next() {
                            Map.Entry<String, JsonNode> field = fields.next();
                            return new SimpleImmutableEntry<>(field.getKey(), toJsonata(field.getValue()));
                        }
                    };
                }

                @Override
                public int size() {
                    return node.size();
                }
            };
        }
    }

    /** A read-only list over a JSON array, converting items as they are read. */
    private static final class ArrayView extends AbstractList<Object> {

        private final ArrayNode node;

        ArrayView(ArrayNode node) {
            this.node = node;
        }

        @Override
        public @Nullable Object get(int index) {
            return toJsonata(node.get(index));
        }

        @Override
        public int size() {
            return node.size();
        }
    }
}
