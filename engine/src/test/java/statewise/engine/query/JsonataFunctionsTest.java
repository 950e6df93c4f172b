package statewise.engine.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The functions Step Functions adds to JSONata, and {@code $eval}, which it takes away. */
class JsonataFunctionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonataScope scope(long seed) {
        return JsonataScope.of(JSON.createObjectNode(), JSON::createObjectNode, VariableLookup.NONE,
                new SplittableRandom(seed));
    }

    private static JsonNode eval(String body) {
        return JsonataEvaluator.evaluate(JSON.getNodeFactory().textNode("{% " + body + " %}"), scope(1), "Output");
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            $partition([1, 2, 3, 4, 5], 2)   | [[1, 2], [3, 4], [5]]
            $partition([], 3)                | []
            $range(0, 10, 3)                 | [0, 3, 6, 9]
            $range(5, 1, -2)                 | [5, 3, 1]
            [$range(4, 4)]                   | [4]
            $hash('input data', 'SHA-256')   | "b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3"
            $hash('hello', 'MD5')            | "5d41402abc4b2a76b9719d911017c592"
            $parse('{"a": [1, true, null]}') | {"a": [1, true, null]}
            $parse('"text"')                 | "text"
            """)
    void addedFunctionGivesAwsResult(String body, String expected) throws Exception {
        assertThat(eval(body)).asString().isEqualTo(Json.compact(expected));
    }

    @Test
    void randomWithASeedRepeatsItself() {
        JsonNode first = eval("$random(42)");
        assertThat(first.doubleValue()).isBetween(0.0, 1.0);
        assertThat(eval("$random(42)")).isEqualTo(first);
        assertThat(eval("$random(43)")).isNotEqualTo(first);
    }

    @Test
    void randomAndUuidDrawFromTheExecutionsGenerator() {
        JsonNode text = JSON.getNodeFactory().textNode("{% [$random(), $uuid()] %}");
        JsonNode once = JsonataEvaluator.evaluate(text, scope(7), "Output");
        assertThat(JsonataEvaluator.evaluate(text, scope(7), "Output")).isEqualTo(once);
        assertThat(JsonataEvaluator.evaluate(text, scope(8), "Output")).isNotEqualTo(once);
        assertThat(once.get(1).textValue())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            $partition([1, 2], 0)          | $partition: the chunk size must be a positive integer, but was 0
            $range(1, 2, 0)                | $range: the step must not be 0
            $range(0, 5000)                | $range: the range has more than 1000 numbers
            $hash('a', 'SHA-3')            | $hash: the algorithm must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512
            $parse('{not json')            | $parse: the text is not JSON: {not json
            $eval('1 + 1')                 | $eval is not available in Step Functions: use $parse to read JSON text
            """)
    void badArgumentsAreAQueryEvaluationError(String body, String message) {
        assertThatThrownBy(() -> eval(body)).isInstanceOfSatisfying(QueryFailure.class, e -> {
            assertThat(e.error()).isEqualTo(QueryFailure.QUERY_EVALUATION_ERROR);
            assertThat(e.cause()).isEqualTo("The JSONata expression '" + body + "' specified for the field 'Output'"
                    + " threw an error during evaluation. " + message + (body.startsWith("$hash")
                    ? ", but was 'SHA-3'" : ""));
            assertThat(e.location()).isEqualTo("Output");
        });
    }
}
