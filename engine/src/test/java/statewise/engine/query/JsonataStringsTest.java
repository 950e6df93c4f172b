package statewise.engine.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The string functions that follow jsonata-js (JavaScript's URI functions, code-point substrings). */
class JsonataStringsTest {

    private static JsonNode eval(String body) {
        JsonataScope scope = JsonataScope.of(JsonText.NODES.objectNode(), JsonText.NODES::objectNode,
                VariableLookup.NONE, new SplittableRandom(1));
        return JsonataEvaluator.evaluate(JsonText.NODES.textNode("{% " + body + " %}"), scope, "Output");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            $encodeUrlComponent('a b&c/\u00e9?')        | a%20b%26c%2F%C3%A9%3F
            $encodeUrlComponent('-_.!~*()')              | -_.!~*()
            $encodeUrl('https://x.org/a b?q=\u00e9&r=1#f') | https://x.org/a%20b?q=%C3%A9&r=1#f
            $encodeUrl('https://x/ab')                   | https://x/ab
            $encodeUrlComponent('\ud836\udc00')      | %F0%9D%A0%80
            $decodeUrlComponent('a%20b+c%2F%C3%A9')      | a b+c/\u00e9
            $decodeUrl('a%20b+c%2F%2f%C3%A9')            | a b+c%2F%2f\u00e9
            $substring('\ud83d\ude00abc', 1)             | abc
            $substring('\ud83d\ude00abc', 0, 2)          | \ud83d\ude00a
            $substring('hello', -3)                      | llo
            $substring('hello', -3, 2)                   | ll
            $substring('hello', 1, 0)                    | ``
            $substring('hello', -10, 2)                  | he
            $substring('hello', 10)                      | ``
            """)
    void functionGivesWhatJsonataJsGives(String body, String expected) {
        assertThat(eval(body).textValue()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            $decodeUrl('%E0%A4%A')             | D3140: Malformed URL passed to $decodeUrl(): "%E0%A4%A"
            $decodeUrlComponent('%C3')         | D3140: Malformed URL passed to $decodeUrlComponent(): "%C3"
            """)
    void malformedTextIsAnEvaluationErrorWithJsonatasCode(String body, String message) {
        assertThatThrownBy(() -> eval(body)).isInstanceOfSatisfying(QueryFailure.class,
                e -> assertThat(e.cause()).endsWith("threw an error during evaluation. " + message));
    }
}
