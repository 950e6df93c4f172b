package statewise.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A state whose {@code Type} is missing or unknown, or which is not a JSON object at all. The value is kept
 * exactly as written; only {@code Type}, {@code Comment} and a string {@code Next} are read from it, so the state
 * can still be drawn and linked.
 *
 * @param raw the state's JSON value as written
 */
public record InvalidState(JsonNode raw) implements State {

    public InvalidState {
        raw = raw.deepCopy();
    }

    /** The {@code Type} as written, or null when missing or not a string. */
    public @Nullable String typeName() {
        return text("Type");
    }

    @Override
    public StateType type() {
        return StateType.UNKNOWN;
    }

    @Override
    public @Nullable String comment() {
        return text("Comment");
    }

    @Override
    public @Nullable QueryLanguage queryLanguage() {
        return null;
    }

    @Override
    public @Nullable String next() {
        return text("Next");
    }

    /** The fields of the state object (empty when the state is not an object). */
    @Override
    public Map<String, JsonNode> extras() {
        if (!(raw instanceof ObjectNode object)) {
            return Map.of();
        }
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
        return java.util.Collections.unmodifiableMap(fields);
    }

    private @Nullable String text(String field) {
        JsonNode value = raw.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }
}
