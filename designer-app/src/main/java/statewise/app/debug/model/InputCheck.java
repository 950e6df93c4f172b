package statewise.app.debug.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;

/**
 * An execution input as typed: its JSON value, or a message saying where it is not JSON.
 *
 * @param value   the input, or null when the text is not JSON
 * @param problem why it is not, with line and column, or null
 */
public record InputCheck(@Nullable JsonNode value, @Nullable String problem) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads {@code text}; an empty text is the empty object, as AWS starts executions without input. */
    public static InputCheck of(String text) {
        if (text.isBlank()) {
            return new InputCheck(JSON.createObjectNode(), null);
        }
        try {
            JsonNode value = JSON.readTree(text);
            return value == null || value.isMissingNode() ? new InputCheck(null, "The input holds no JSON value.")
                    : new InputCheck(value, null);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            return new InputCheck(null, "The input is not JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    public boolean valid() {
        return value != null;
    }
}
