package statewise.engine.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonMatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void numbersAreEqualByValue() throws Exception {
        assertTrue(JsonMatch.same(json("{\"a\": [1, 2.50]}"), json("{\"a\": [1.0, 2.5]}")));
    }

    @Test
    void equalityNamesTheFirstDifferenceAsAPath() throws Exception {
        assertEquals(Optional.of("at $.order.items[1].price: expected 12, was 13"), JsonMatch.difference(
                json("{\"order\": {\"items\": [{\"price\": 1}, {\"price\": 12}]}}"),
                json("{\"order\": {\"items\": [{\"price\": 1}, {\"price\": 13}]}}"), false));
    }

    @Test
    void equalityRefusesExtraMembersButASubsetMatchAllowsThem() throws Exception {
        JsonNode expected = json("{\"ok\": true}");
        JsonNode actual = json("{\"ok\": true, \"id\": \"x-1\"}");

        assertEquals(Optional.of("at $.id: expected nothing, was \"x-1\""),
                JsonMatch.difference(expected, actual, false));
        assertTrue(JsonMatch.contains(expected, actual));
    }

    @Test
    void aSubsetMatchStillComparesArraysElementByElement() throws Exception {
        assertFalse(JsonMatch.contains(json("{\"a\": [1]}"), json("{\"a\": [1, 2]}")));
        assertEquals(Optional.of("at $['odd key']: expected 1, was missing"),
                JsonMatch.difference(json("{\"odd key\": 1}"), json("{}"), true));
    }
}
