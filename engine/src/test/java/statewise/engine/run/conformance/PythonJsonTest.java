package statewise.engine.run.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonJsonTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"a":1,"b":[true,null]}        | {"a": 1, "b": [true, null]}
            {"s":"é\\"\\n\\u0001~\\u007f"} | {"s": "\\u00e9\\"\\n\\u0001~\\u007f"}
            [1.5,100.0,1e20,0.0001,1e-5]   | [1.5, 100.0, 1e+20, 0.0001, 1e-05]
            {}                             | {}
            """)
    void dumpsWritesWhatPythonWrites(String json, String python) {
        assertEquals(python, PythonJson.dumps(Histories.json(json)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            (a)(b)        | \\2\\1       | ab | ba
            (?P<x>a)b     | [\\g<x>]     | ab | [a]
            a             | \\\\"q\\\\"  | a  | \\"q\\"
            a             | x\\&         | a  | x\\&
            """)
    void subFollowsPythonReplacementSyntax(String regex, String replacement, String text, String expected) {
        Pattern pattern = PythonRegex.compile(regex);

        assertEquals(expected, PythonRegex.replaceAll(pattern, replacement, text));
    }
}
