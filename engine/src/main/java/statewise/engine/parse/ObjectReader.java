package statewise.engine.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.document.JsonPointer;
import statewise.engine.model.Expressible;
import statewise.engine.model.JsonataText;
import statewise.engine.model.PathField;

/**
 * Reads the fields of one JSON object into typed values. Every field read is marked known; a field whose value
 * does not have the expected shape is reported and kept verbatim. {@link #extras(String)} then returns what the
 * model could not hold (wrong shapes and unknown fields, in document order) and reports the unknown ones.
 */
final class ObjectReader {

    private final ObjectNode node;
    private final String pointer;
    private final Diagnostics out;
    /** The fields read that the object has, each once: a handful, so a list beats a hash set. */
    private final List<String> known = new ArrayList<>(8);
    /** The fields kept verbatim for their wrong shape; made when the first one is, as most objects have none. */
    private @Nullable Set<String> kept;

    ObjectReader(ObjectNode node, String pointer, Diagnostics out) {
        this.node = node;
        this.pointer = pointer;
        this.out = out;
    }

    String pointer() {
        return pointer;
    }

    String pointer(String field) {
        return JsonPointer.child(pointer, field);
    }

    boolean has(String field) {
        return node.has(field);
    }

    /** Any JSON value; null when absent. */
    @Nullable JsonNode json(String field) {
        JsonNode value = node.get(field);
        if (value != null) {
            markKnown(field);
        }
        return value;
    }

    private void markKnown(String field) {
        if (!known.contains(field)) {
            known.add(field);
        }
    }

    @Nullable String string(String field) {
        JsonNode v = json(field);
        if (v == null) {
            return null;
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        return wrongType(field, v, "a string");
    }

    @Nullable Boolean bool(String field) {
        JsonNode v = json(field);
        if (v == null) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        return wrongType(field, v, "a boolean");
    }

    @Nullable Long integer(String field) {
        JsonNode v = json(field);
        if (v == null) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.longValue();
        }
        return wrongType(field, v, "an integer");
    }

    @Nullable BigDecimal number(String field) {
        JsonNode v = json(field);
        if (v == null) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        return wrongType(field, v, "a number");
    }

    /** An object; null when absent or not an object (then reported and kept). */
    @Nullable ObjectNode object(String field) {
        JsonNode v = json(field);
        if (v == null) {
            return null;
        }
        if (v instanceof ObjectNode o) {
            return o;
        }
        return wrongType(field, v, "an object");
    }

    /** InputPath, OutputPath, ResultPath: a string or null. */
    @Nullable PathField path(String field) {
        JsonNode v = json(field);
        if (v == null) {
            return null;
        }
        if (v.isNull()) {
            return PathField.NULL;
        }
        if (v.isTextual()) {
            return PathField.of(v.textValue());
        }
        return wrongType(field, v, "a string or null");
    }

    /** An integer, a {% %} expression or a ${Name} placeholder. */
    @Nullable Expressible<Long> expressibleInteger(String field) {
        JsonNode v = json(field);
        if (v == null) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return Expressible.literal(v.longValue());
        }
        Expressible<Long> text = expressibleText(field, v);
        return text != null ? text : wrongType(field, v, "an integer or a {% %} expression");
    }

    /** A number, a {% %} expression or a ${Name} placeholder. */
    @Nullable Expressible<BigDecimal> expressibleNumber(String field) {
        JsonNode v = json(field);
        if (v == null) {
            return null;
        }
        if (v.isNumber()) {
            return Expressible.literal(v.decimalValue());
        }
        Expressible<BigDecimal> text = expressibleText(field, v);
        return text != null ? text : wrongType(field, v, "a number or a {% %} expression");
    }

    private <T> @Nullable Expressible<T> expressibleText(String field, JsonNode v) {
        if (!v.isTextual()) {
            return null;
        }
        String s = v.textValue();
        if (JsonataText.isExpression(s)) {
            return Expressible.jsonata(s);
        }
        if (Placeholders.isPlaceholder(s)) {
            return new Expressible.Placeholder<>(s);
        }
        return null;
    }

    /** A non-null array of strings. */
    @Nullable List<String> stringList(String field) {
        JsonNode v = json(field);
        if (v == null) {
            return null;
        }
        if (!v.isArray()) {
            return wrongType(field, v, "an array of strings");
        }
        List<String> list = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (!e.isTextual()) {
                out.add(DiagnosticCode.WRONG_TYPE, "Each element of '" + field + "' must be a string, not "
                        + Diagnostics.describe(e) + ".", JsonPointer.child(pointer(field), i));
                keep(field);
                return null;
            }
            list.add(e.textValue());
        }
        return list;
    }

    /** An array of objects, each bound by {@code element} (given the element and its pointer). */
    <T> @Nullable List<T> objectList(String field, BiFunction<ObjectNode, String, T> element) {
        JsonNode v = json(field);
        if (v == null) {
            return null;
        }
        if (!v.isArray()) {
            return wrongType(field, v, "an array");
        }
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isObject()) {
                out.add(DiagnosticCode.WRONG_TYPE, "Each element of '" + field + "' must be an object, not "
                        + Diagnostics.describe(v.get(i)) + ".", JsonPointer.child(pointer(field), i));
                keep(field);
                return null;
            }
        }
        List<T> list = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            list.add(element.apply((ObjectNode) v.get(i), JsonPointer.child(pointer(field), i)));
        }
        return list;
    }

    /** Marks a field known without reading it (e.g. Type, read by the caller). */
    void accept(String field) {
        if (node.has(field)) {
            markKnown(field);
        }
    }

    /** Keeps a known field verbatim, e.g. a value that is well-typed but not representable (reported already). */
    void keep(String field) {
        if (kept == null) {
            kept = new HashSet<>(4);
        }
        kept.add(field);
    }

    private <T> @Nullable T wrongType(String field, JsonNode v, String expected) {
        keep(field);
        if (v.isTextual() && Placeholders.isPlaceholder(v.textValue())) {
            return null;
        }
        out.add(DiagnosticCode.WRONG_TYPE, "'" + field + "' must be " + expected + ", not "
                + Diagnostics.describe(v) + ".", pointer(field));
        return null;
    }

    /**
     * The fields kept verbatim, in document order: those of the wrong shape and those never read (reported as
     * unknown to {@code owner}, e.g. "Pass states").
     */
    Map<String, JsonNode> extras(String owner) {
        if (known.size() == node.size() && kept == null) {
            return Map.of();
        }
        Map<String, JsonNode> extras = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String field = e.getKey();
            if (!known.contains(field)) {
                out.add(DiagnosticCode.UNKNOWN_FIELD, "Field '" + field + "' is not supported by " + owner + ".",
                        pointer(field));
                extras.put(field, e.getValue());
            } else if (kept != null && kept.contains(field)) {
                extras.put(field, e.getValue());
            }
        }
        return extras;
    }
}
