package statewise.engine.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** Parses JSON text in tests. */
final class Json {

    private Json() {
    }

    static JsonNode parse(String text) {
        try {
            return JsonText.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + text, e);
        }
    }

    /** JSON text as Jackson writes it back, compact (see {@code Runs.compact}). */
    static String compact(String text) {
        return parse(text).toString();
    }
}
