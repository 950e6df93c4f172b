package statewise.app.inspector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How a form field's text becomes the JSON value of an ASL field, and back. An empty text removes the field.
 * Integer and number fields also take a JSONata expression ({@code {% ... %}}) or a {@code ${Name}} placeholder,
 * which ASL allows in their place.
 */
public enum FieldKind {
    /** Any string. */
    TEXT,
    /** A JSONPath or reference path; {@code null} stands for JSON null (ResultPath: discard the result). */
    PATH,
    /** A whole number. */
    INTEGER,
    /** Any number. */
    NUMBER,
    /** true or false. */
    BOOLEAN,
    /** Any JSON value, typed as JSON text. */
    JSON,
    /** One of a fixed list of strings. */
    CHOICE,
    /** The name of a state of the same graph. */
    STATE;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /**
     * What the user typed, as the field's new value.
     *
     * @return the value, {@link Parsed#remove()} for an empty text, or the reason the text does not fit
     */
    public Parsed parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return Parsed.removal();
        }
        if ((this == INTEGER || this == NUMBER) && expression(trimmed)) {
            return Parsed.of(NODES.textNode(trimmed));
        }
        return switch (this) {
            case TEXT, CHOICE, STATE -> Parsed.of(NODES.textNode(text));
            case PATH -> Parsed.of(trimmed.equals("null") ? NODES.nullNode() : NODES.textNode(trimmed));
            case INTEGER -> integer(trimmed);
            case NUMBER -> number(trimmed);
            case BOOLEAN -> trimmed.equals("true") || trimmed.equals("false")
                    ? Parsed.of(NODES.booleanNode(Boolean.parseBoolean(trimmed)))
                    : Parsed.problem("Type true or false.");
            case JSON -> json(text);
        };
    }

    /** The text a field of this kind shows for {@code value} (missing: empty). */
    public String format(@Nullable JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "";
        }
        if (value.isNull()) {
            return this == JSON ? "null" : this == PATH ? "null" : "";
        }
        if (this == JSON) {
            try {
                return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
            } catch (JsonProcessingException e) {
                return value.toString();
            }
        }
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static boolean expression(String text) {
        return text.startsWith("{%") && text.endsWith("%}") || text.startsWith("${") && text.endsWith("}");
    }

    private static Parsed integer(String text) {
        try {
            return Parsed.of(NODES.numberNode(Long.parseLong(text)));
        } catch (NumberFormatException e) {
            return Parsed.problem("Type a whole number, e.g. 60.");
        }
    }

    private static Parsed number(String text) {
        try {
            BigDecimal number = new BigDecimal(text);
            return Parsed.of(number.scale() <= 0 && number.precision() < 18
                    ? NODES.numberNode(number.longValueExact()) : NODES.numberNode(number));
        } catch (NumberFormatException | ArithmeticException e) {
            return Parsed.problem("Type a number, e.g. 2.0.");
        }
    }

    private static Parsed json(String text) {
        try {
            return Parsed.of(MAPPER.readTree(text));
        } catch (JsonProcessingException e) {
            return Parsed.problem("Not valid JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ").");
        }
    }

    /**
     * A parsed field text: a value to set, a removal (empty text), or the reason it cannot be used.
     *
     * @param value   the value, or null
     * @param problem why the text does not fit, or null
     */
    public record Parsed(@Nullable JsonNode value, @Nullable String problem) {

        static Parsed of(JsonNode value) {
            return new Parsed(value, null);
        }

        static Parsed removal() {
            return new Parsed(null, null);
        }

        static Parsed problem(String why) {
            return new Parsed(null, why);
        }

        public boolean remove() {
            return value == null && problem == null;
        }
    }
}
