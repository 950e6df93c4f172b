package statewise.engine.serialize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.Expressible;
import statewise.engine.model.PathField;
import statewise.engine.model.QueryLanguage;

/**
 * The members of one model object, collected in the conventional order (the order of the calls), then arranged
 * by the key-order hint. A field kept verbatim in {@code extras} takes the place of the model field of the same
 * name (the binder keeps a field there when its value had the wrong shape); the remaining extras follow the known
 * fields, in their own order.
 */
final class Members {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, JsonNode> extras;
    private final List<String> keys = new ArrayList<>(16);
    private final List<JsonNode> values = new ArrayList<>(16);

    Members(Map<String, JsonNode> extras) {
        this.extras = extras;
    }

    /** Adds {@code key} unless both the model value and the kept value are absent. */
    Members put(String key, @Nullable JsonNode value) {
        JsonNode kept = extras.isEmpty() ? null : extras.get(key);
        JsonNode written = kept != null ? kept : value;
        if (written != null) {
            keys.add(key);
            values.add(written);
        }
        return this;
    }

    Members text(String key, @Nullable String value) {
        return put(key, value == null ? null : TextNode.valueOf(value));
    }

    Members bool(String key, @Nullable Boolean value) {
        return put(key, value == null ? null : BooleanNode.valueOf(value));
    }

    Members integer(String key, @Nullable Long value) {
        return put(key, value == null ? null : LongNode.valueOf(value));
    }

    Members number(String key, @Nullable BigDecimal value) {
        return put(key, value == null ? null : DecimalNode.valueOf(value));
    }

    /** A path string, or JSON null for {@link PathField#NULL}. */
    Members path(String key, @Nullable PathField value) {
        if (value == null) {
            return put(key, null);
        }
        String path = value.path();
        return put(key, path == null ? NullNode.getInstance() : TextNode.valueOf(path));
    }

    /** A literal number, or the JSONata or placeholder text as written. */
    Members expressible(String key, @Nullable Expressible<?> value) {
        JsonNode node = null;
        if (value instanceof Expressible.Literal<?> literal) {
            node = literal.value() instanceof BigDecimal d ? DecimalNode.valueOf(d)
                    : LongNode.valueOf(((Number) literal.value()).longValue());
        } else if (value instanceof Expressible.Jsonata<?> jsonata) {
            node = TextNode.valueOf(jsonata.text());
        } else if (value instanceof Expressible.Placeholder<?> placeholder) {
            node = TextNode.valueOf(placeholder.text());
        }
        return put(key, node);
    }

    Members queryLanguage(@Nullable QueryLanguage value) {
        return text("QueryLanguage", value == null ? null : value.aslName());
    }

    Members strings(String key, @Nullable List<String> value) {
        if (value == null) {
            return put(key, null);
        }
        ArrayNode array = NODES.arrayNode(value.size());
        value.forEach(array::add);
        return put(key, array);
    }

    /**
     * The object, keys arranged by the hint for {@code pointer}. Postcondition: every collected member and every
     * extra is present exactly once.
     */
    ObjectNode build(KeyOrder order, String pointer) {
        for (Map.Entry<String, JsonNode> e : extras.entrySet()) {
            if (!keys.contains(e.getKey())) {
                keys.add(e.getKey());
                values.add(e.getValue());
            }
        }
        ObjectNode object = NODES.objectNode();
        for (int i : KeyOrder.arrange(order.keys(pointer), keys)) {
            object.set(keys.get(i), values.get(i));
        }
        return object;
    }
}
