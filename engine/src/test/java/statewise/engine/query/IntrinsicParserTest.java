package statewise.engine.query;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import statewise.engine.query.IntrinsicExpression.BooleanLiteral;
import statewise.engine.query.IntrinsicExpression.Call;
import statewise.engine.query.IntrinsicExpression.NullLiteral;
import statewise.engine.query.IntrinsicExpression.NumberLiteral;
import statewise.engine.query.IntrinsicExpression.PathArgument;
import statewise.engine.query.IntrinsicExpression.StringLiteral;

class IntrinsicParserTest {

    @Test
    void nestedCallBecomesATreeWithOffsets() {
        String text = "States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'), 0)";
        Call call = IntrinsicParser.parseCall(text).result().orElseThrow();

        Call split = assertInstanceOf(Call.class, call.arguments().get(0));
        PathArgument name = assertInstanceOf(PathArgument.class, split.arguments().get(0));
        assertAll(
                () -> assertEquals(IntrinsicFunction.ARRAY_GET_ITEM, call.function()),
                () -> assertEquals(0, call.offset()),
                () -> assertEquals(IntrinsicFunction.STRING_SPLIT, split.function()),
                () -> assertEquals(20, split.offset()),
                () -> assertEquals(AslPath.Root.CONTEXT, name.path().root()),
                () -> assertEquals("$.StateMachine.Name", name.path().jsonPath()),
                () -> assertEquals(39, name.offset()),
                () -> assertEquals(new StringLiteral("-", 61), split.arguments().get(1)),
                () -> assertEquals(new NumberLiteral(BigDecimal.ZERO, 67), call.arguments().get(1)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            'text'          | StringLiteral
            ''              | StringLiteral
            -1              | NumberLiteral
            2.5             | NumberLiteral
            1e3             | NumberLiteral
            -0.25E-2        | NumberLiteral
            true            | BooleanLiteral
            false           | BooleanLiteral
            null            | NullLiteral
            $               | PathArgument
            $.a.b[0]        | PathArgument
            $$.Execution.Id | PathArgument
            $var.field      | PathArgument
            $['a-b']        | PathArgument
            States.UUID()   | Call
            """)
    void argumentOfEachKindIsRead(String argument, String kind) {
        Call call = IntrinsicParser.parseCall("States.Array(" + argument + ")").result().orElseThrow();
        assertEquals(kind, call.arguments().get(0).getClass().getSimpleName());
    }

    @Test
    void literalsKeepTheirValues() {
        Call call = IntrinsicParser.parseCall("States.Array(-12, 2.50, true, false, null)").result().orElseThrow();
        assertEquals(List.of(new NumberLiteral(new BigDecimal("-12"), 13),
                new NumberLiteral(new BigDecimal("2.50"), 18), new BooleanLiteral(true, 24),
                new BooleanLiteral(false, 30), new NullLiteral(37)), call.arguments());
    }

    @Test
    void stringEscapesStandForTheEscapedCharacter() {
        Call call = IntrinsicParser.parseCall("States.Format('It\\'s \\{ok\\} \\\\ done')").result().orElseThrow();
        StringLiteral literal = assertInstanceOf(StringLiteral.class, call.arguments().get(0));
        assertEquals("It's {ok} \\ done", literal.value());
    }

    @Test
    void formatPartsSplitAtPlaceholdersButNotAtEscapedBraces() {
        Call call = IntrinsicParser.parseCall("States.Format('a {} b \\{\\} {}', $.x, $.y)").result().orElseThrow();
        StringLiteral template = assertInstanceOf(StringLiteral.class, call.arguments().get(0));
        assertEquals(List.of("a ", " b {} ", ""), template.formatParts());
    }

    @Test
    void escapedDoubleQuoteIsRefusedAsAwsDoes() {
        String text = "States.Format('He said, \\\"Hello, {}!\\\"', 'Test \\\"Name\\\" Here')";
        ExpressionError error = IntrinsicParser.parseValue(text).failure().orElseThrow();
        assertEquals(text.indexOf('\\'), error.offset());
        assertTrue(error.message().startsWith("'\\\"' is not an escape AWS allows"), error.message());
    }

    @Test
    void blanksAndLineBreaksBetweenTokensAreAllowed() {
        String text = "States.Format( 'x {}' ,\n\t$.a )  ";
        assertTrue(IntrinsicParser.parseCall(text).isOk());
    }

    @Test
    void rawLineBreaksInsideStringsAreKept() {
        Call call = IntrinsicParser.parseCall("States.StringSplit('Hello\nWorld', '\n')").result().orElseThrow();
        assertEquals("Hello\nWorld", ((StringLiteral) call.arguments().get(0)).value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            States.Foo(1)                 | 0  | Unknown intrinsic function 'States.Foo'
            states.format('x')            | 0  | did you mean States.Format?
            Format('x')                   | 0  | did you mean States.Format?
            States.UUID(1)                | 0  | States.UUID takes no arguments, but 1 is given
            States.ArrayRange(1, 2)       | 0  | States.ArrayRange takes 3 arguments, but 2 are given
            States.MathRandom(1)          | 0  | takes 2 or 3 arguments
            States.Format()               | 0  | takes at least 1 argument, but 0 are given
            States.Array(States.Foo())    | 13 | Unknown intrinsic function 'States.Foo'
            States.Array(1, States.UUID(2)) | 16 | States.UUID takes no arguments
            States.Format('a'             | 13 | This '(' is never closed
            States.Format('a)             | 14 | This string is never closed
            States.Format(""a"")          | 14 | single quotes
            States.Array(1,)              | 15 | Expected an argument before ')'
            States.Array(,1)              | 13 | Expected an argument before ','
            States.Array(1 2)             | 15 | Expected ',' or ')'
            States.Array(01)              | 14 | Unexpected '1' in a number
            States.Array(-)               | 14 | Expected digits after '-'
            States.Array(1.)              | 15 | Expected digits after '.'
            States.Array(1e)              | 15 | exponent
            States.Array(yes)             | 13 | Unexpected 'yes'
            States.Array($.a-b)           | 16 | bracket notation
            States.Array($.a b)           | 17 | Expected ',' or ')'
            States.Array($.a[)            | 17 | Unexpected ')'
            States.Array($.a[?(@.b == )]) | 26 | Invalid JSONPath
            States.Array($.a.)            | 16 | must not end with '.'
            States.Array($) x             | 16 | after the closing ')'
            States.Array                  | 12 | Expected '(' after States.Array
            States.                       | 0  | Expected a function name after 'States.'
            " States.Array()"             | 0  | blank
            States.Array(@)               | 13 | Unexpected '@'
            States.Format('\\n')          | 15 | '\\n' is not an escape
            """)
    void callIsRefusedWithOffsetAndReason(String text, int offset, String fragment) {
        ExpressionError error = IntrinsicParser.parseCall(text).failure().orElseThrow();
        assertEquals(offset, error.offset(), error.message());
        assertTrue(error.message().contains(fragment), error.message());
    }

    @Test
    void valueIsEitherAPathOrACall() {
        assertAll(
                () -> assertInstanceOf(PathArgument.class, IntrinsicParser.parseValue("$.a").result().orElseThrow()),
                () -> assertInstanceOf(Call.class, IntrinsicParser.parseValue("States.UUID()").result().orElseThrow()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ipsum", "prod-v1", "23", "something else    ", "States\nJsonToString($)",
        "  States.Format($.template, $.firstName)", "'States.UUID()'"})
    void valueThatIsNeitherPathNorCallIsRefusedAsAwsWordsIt(String text) {
        ExpressionError error = IntrinsicParser.parseValue(text).failure().orElseThrow();
        assertEquals(0, error.offset());
        assertTrue(error.message().startsWith("The value must be a valid JSONPath (starting with $) or a valid"
                + " intrinsic function call"), error.message());
    }

    @Test
    void valueThatIsABadPathReportsThePathFault() {
        ExpressionError error = IntrinsicParser.parseValue("$.a[").failure().orElseThrow();
        assertEquals(new ExpressionError("'[' is never closed", 3), error);
    }

    @Test
    void tenNestedCallsAreAllowed() {
        int depth = IntrinsicParser.MAX_NESTING;
        String text = "States.MathAdd(".repeat(depth) + "1" + ", 1)".repeat(depth);
        assertTrue(IntrinsicParser.parseCall(text).isOk());
    }

    @Test
    void eleventhNestedCallIsRefusedWhereItStarts() {
        int depth = IntrinsicParser.MAX_NESTING + 1;
        String text = "States.MathAdd(".repeat(depth) + "1" + ", 1)".repeat(depth);
        ExpressionError error = IntrinsicParser.parseCall(text).failure().orElseThrow();
        assertEquals(new ExpressionError("AWS allows at most 10 nested intrinsic functions",
                "States.MathAdd(".length() * IntrinsicParser.MAX_NESTING), error);
    }

    @ParameterizedTest
    @ValueSource(strings = {"States.Array(", "(", "States.Array($[", "States.Array($[?("})
    void tenThousandNestedOpeningsAreRefusedWithoutOverflowingTheStack(String opening) {
        String text = "States.Array(" + opening.repeat(10_000) + ")".repeat(10_000);
        assertTrue(IntrinsicParser.parseValue(text).failure().isPresent());
    }
}
