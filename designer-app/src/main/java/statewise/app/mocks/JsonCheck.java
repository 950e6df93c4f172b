package statewise.app.mocks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;

/**
 * A JSON value as typed in one of the editor's fields: the value, or where and why it is not JSON, so the field
 * can say so under itself while the user types.
 *
 * @param value   the value, or null when the text is not one JSON value
 * @param problem the line, column and reason, or null
 */
record JsonCheck(@Nullable JsonNode value, @Nullable String problem) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Reads {@code text}, naming it {@code what} in the problem ("The Return value"). */
    static JsonCheck of(String text, String what) {
        if (text.isBlank()) {
            return new JsonCheck(null, what + " is empty: type a JSON value such as {} or \"text\".");
        }
        try {
            return new JsonCheck(JSON.readTree(text), null);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            return new JsonCheck(null, what + " is not JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    boolean valid() {
        return value != null;
    }
}
