package statewise.engine.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonataSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"$states.input", "$states.input.value >= 20 and $states.input.value < 30",
        "$map($states.result, function($v) { $v = 1 ? 'pass' : 'failed' })", "$maxItems := 2",
        "$contains('hello$world', /^hello\\$/)", "$var = '\"'", "{'foo': 'bar'}", "[1, 'two', 3]", "null",
        "$count($states.result[$ = 0])", "$exists($status) ? 'completed' : 'running'", "(\n  $a := 1;\n  $a + 1\n)",
        "$states.input.items#$i[$i > 0]", "/* comment */ 1"})
    void bodyAwsAcceptsCompiles(String body) {
        assertEquals(Optional.empty(), JsonataSyntax.checkBody(body));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            1 +             | 3  | Unexpected end of expression
            (               | 1  | Expected ")" before end of expression
            $x[             | 3  | Expected "]" before end of expression
            $states.input.  | 14 | Unexpected end of expression
            10 + * 2        | 8  | Syntax error
            """)
    void bodyWithASyntaxErrorIsRefusedWithTheLibrarysPosition(String body, int offset, String fragment) {
        ExpressionError error = JsonataSyntax.checkBody(body).orElseThrow();
        assertEquals(offset, error.offset(), error.message());
        assertTrue(error.message().startsWith("Invalid JSONata expression: " + fragment), error.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n"})
    void emptyBodyIsRefused(String body) {
        assertEquals(Optional.of(new ExpressionError("The JSONata expression is empty", 0)),
                JsonataSyntax.checkBody(body));
    }

    @Test
    void fieldOffsetsCountFromTheOpeningDelimiter() {
        ExpressionError error = JsonataSyntax.checkField("{% $states.input. %}").orElseThrow();
        assertEquals(2 + " $states.input. ".length(), error.offset(), error.message());
    }

    @Test
    void fieldWithValidBodyPasses() {
        assertEquals(Optional.empty(), JsonataSyntax.checkField("{% $states.input.cost < 10 %}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"$states.input", "{% $states.input", "$states.input %}", "{%%}x"})
    void fieldWithoutBothDelimitersIsRefused(String value) {
        ExpressionError error = JsonataSyntax.checkField(value).orElseThrow();
        assertTrue(error.message().contains("must start with {% and end with %}"), error.message());
    }

    @Test
    void tenThousandNestedParenthesesAreRefusedWithoutOverflowingTheStack() {
        String body = "(".repeat(10_000) + "1" + ")".repeat(10_000);
        ExpressionError error = JsonataSyntax.checkBody(body).orElseThrow();
        assertEquals(new ExpressionError("Brackets are nested more than 100 levels deep", 100), error);
    }

    @Test
    void bracketsInsideStringsDoNotCountTowardsNesting() {
        String body = "'" + "(".repeat(500) + "' & \"[[[[\"";
        assertEquals(Optional.empty(), JsonataSyntax.checkBody(body));
    }

    @Test
    void chainTooLongForTheThreadsStackIsRefusedInsteadOfOverflowing() throws InterruptedException {
        String body = "$x := ".repeat(20_000) + "1";
        AtomicReference<Optional<ExpressionError>> result = new AtomicReference<>();
        Thread smallStack = new Thread(null, () -> result.set(JsonataSyntax.checkBody(body)), "small-stack", 256 << 10);
        smallStack.start();
        smallStack.join();
        assertTrue(result.get().isPresent());
    }

    @Test
    void namesInsideDoubleQuotedStringsAreNotVariables() {
        assertEquals(List.of("b"), JsonataSyntax.variablesRead("\"$a \\\" $c\" & $b"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            $states.input.x                                         | ""
            $sum($states.input.values) + $var_constant_1             | var_constant_1
            $varname.varfield                                       | varname
            $exists($status) ? 'completed' : 'running'              | status
            $b + $a + $b                                            | b a
            $maxItems := 2                                          | ""
            $map($states.result, function($v) { $v = 1 ? 'x' : 'y' }) | ""
            $f := function($a) { $a * $k }; $f(2)                   | k
            λ($p) { $p + $q }                                       | q
            $a & '$inSingle' & `$inName`                           | a
            /* $comment */ $b                                       | b
            $contains('x', /^hello\\$x/) and $y                     | y
            $items#$i[$i > 0]                                       | items
            $order.lines@$l.$l.price                                | order
            $map($list, $string)                                    | list
            $ + $$.a                                                | ""
            $x + ($x := 1)                                          | ""
            10 / $d / 2                                             | d
            """)
    void variablesReadAreListedInOrderWithoutBoundNamesAndFunctions(String body, String expected) {
        List<String> names = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" "));
        assertEquals(names, JsonataSyntax.variablesRead(body));
    }
}
