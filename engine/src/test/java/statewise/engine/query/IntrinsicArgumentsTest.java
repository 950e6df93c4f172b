package statewise.engine.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntrinsicArgumentsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            States.MathAdd('1', 2)                      | 15 | Argument 1 of States.MathAdd should be a number, not a
            States.MathRandom(1, true)                  | 21 | Argument 2 of States.MathRandom should be a number
            States.ArrayLength('abc')                   | 19 | Argument 1 of States.ArrayLength should be an array
            States.ArrayGetItem($.a, null)              | 25 | Argument 2 of States.ArrayGetItem should be a number
            States.Base64Encode(42)                     | 20 | Argument 1 of States.Base64Encode should be a string
            States.JsonMerge($.a, 'b', false)           | 22 | Argument 2 of States.JsonMerge should be an object
            States.MathAdd(States.Format('1'), 1)       | 15 | Argument 1 of States.MathAdd should be a number, not a
            States.Hash($.a, 'SHA-999')                 | 17 | States.Hash supports MD5, SHA-1, SHA-256, SHA-384 and
            States.JsonMerge($.a, $.b, true)            | 27 | States.JsonMerge supports only shallow merging
            States.ArrayRange(1, 5, 0)                  | 24 | The step of States.ArrayRange must not be 0
            States.Format('{} and {}', $.a)             | 14 | The States.Format template has 2 {} placeholders
            States.Format('{}', States.MathAdd('a', 1)) | 35 | Argument 1 of States.MathAdd should be a number
            """)
    void argumentSureToFailAtRunTimeIsFound(String text, int offset, String message) {
        IntrinsicExpression call = IntrinsicParser.parseCall(text).result().orElseThrow();
        List<ExpressionError> problems = IntrinsicArguments.problems(call);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(offset, problems.get(0).offset());
        assertEquals(true, problems.get(0).message().startsWith(message), problems.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"States.MathAdd($.Iterations, -1)", "States.Hash($.inputString, 'SHA-256')",
        "States.JsonMerge($.json1, $.json2, false)", "States.Format('Hello {}, welcome to {}!', $.name, $.place)",
        "States.Format($.template, $.a, $.b)", "States.Array('a', 'b', 'c')", "States.Array()",
        "States.ArrayRange(1, 10, 2)", "States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'), 0)",
        "States.Format('\\{\\} {}', $.a)", "States.MathAdd(States.MathAdd($a, $b), States.ArrayLength($.c))",
        "States.StringToJson('{\"a\": 1}')", "States.UUID()", "States.Base64Encode(States.JsonToString($))"})
    void wellTypedCallHasNoProblems(String text) {
        IntrinsicExpression call = IntrinsicParser.parseCall(text).result().orElseThrow();
        assertEquals(List.of(), IntrinsicArguments.problems(call));
    }

    @ParameterizedTest
    @ValueSource(strings = {"$.a", "$$.Execution.Id", "$var"})
    void pathValueHasNoProblems(String text) {
        IntrinsicExpression path = IntrinsicParser.parseValue(text).result().orElseThrow();
        assertEquals(List.of(), IntrinsicArguments.problems(path));
    }
}
