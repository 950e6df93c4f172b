package statewise.engine.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The two ways AWS turns JSON into text. JSON text proper is compact with keys in their order (error messages,
 * {@code States.JsonToString}). The other is how the Java values AWS's interpreter holds print themselves
 * ({@code String.valueOf}): strings bare, objects as {@code {a=1, b=[x, y]}}, decimals as Java doubles. AWS shows
 * it wherever a value meets a string: {@code States.Format} placeholders, and the comparisons of
 * {@code States.ArrayContains} ({@code "true"} contains {@code true}, key order matters).
 */
final class JsonText {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

    private JsonText() {
    }

    /** Compact JSON text, e.g. {@code {"a":[1,"x"]}}. */
    static String compact(@Nullable JsonNode value) {
        if (value == null) {
            return "null";
        }
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /** The value as {@code String.valueOf} prints its Java form: {@code x}, {@code 1.5}, {@code {a=1, b=[]}}. */
    static String render(JsonNode value) {
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isContainerNode()) {
            StringBuilder text = new StringBuilder();
            render(value, text);
            return text.toString();
        }
        return scalar(value);
    }

    private static void render(JsonNode value, StringBuilder text) {
        if (value.isObject()) {
            text.append('{');
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                text.append(field.getKey()).append('=');
                render(field.getValue(), text);
                text.append(it.hasNext() ? ", " : "");
            }
            text.append('}');
        } else if (value.isArray()) {
            text.append('[');
            for (int i = 0; i < value.size(); i++) {
                text.append(i > 0 ? ", " : "");
                render(value.get(i), text);
            }
            text.append(']');
        } else {
            text.append(value.isTextual() ? value.textValue() : scalar(value));
        }
    }

    private static String scalar(JsonNode value) {
        if (value.isNumber()) {
            return value.isIntegralNumber() ? value.bigIntegerValue().toString()
                    : Double.toString(value.doubleValue());
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "true" : "false";
        }
        return value.isNull() || value.isMissingNode() ? "null" : value.asText();
    }

    /**
     * The plain Java value AWS's interpreter holds for {@code value}: maps and lists, {@code Integer} where the
     * number fits, then {@code Long} and {@code BigInteger}, {@code Double} for decimals. Their {@code equals} and
     * {@code hashCode} decide what {@code States.ArrayUnique} keeps and in which order.
     */
    static @Nullable Object toJava(JsonNode value) {
        if (value.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            value.fields().forEachRemaining(f -> map.put(f.getKey(), toJava(f.getValue())));
            return map;
        }
        if (value.isArray()) {
            List<Object> list = new ArrayList<>(value.size());
            value.forEach(item -> list.add(toJava(item)));
            return list;
        }
        if (value.isNumber()) {
            return number(value);
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        return value.isBoolean() ? Boolean.valueOf(value.booleanValue()) : null;
    }

    private static Object number(JsonNode value) {
        if (!value.isIntegralNumber()) {
            return value.doubleValue();
        }
        if (value.canConvertToInt()) {
            return value.intValue();
        }
        if (value.canConvertToLong()) {
            return value.longValue();
        }
        return value.bigIntegerValue();
    }
}
