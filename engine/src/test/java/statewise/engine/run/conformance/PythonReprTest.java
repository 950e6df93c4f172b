package statewise.engine.run.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonReprTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "text"                                  | text
            ["string-literal"]                      | ['string-literal']
            {"a": 1, "b": [true, false, null]}      | {'a': 1, 'b': [True, False, None]}
            [1.5, 100.0, 1e20]                      | [1.5, 100.0, 1e+20]
            ["it's", "say \\"hi\\"", "both '\\""]   | ["it's", 'say "hi"', 'both \\'"']
            ["a\\\\b\\n\\t\\u0001\\u00e9"]          | ['a\\\\b\\n\\t\\x01é']
            """)
    void strWritesWhatPythonWrites(String json, String python) {
        assertEquals(python, PythonRepr.str(Histories.json(json)));
    }
}
