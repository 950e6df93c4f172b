package statewise.engine.query;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonPathsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            $                      | INPUT    | -     | $
            $.a.b                  | INPUT    | -     | $.a.b
            $[0].a                 | INPUT    | -     | $[0].a
            $$                     | CONTEXT  | -     | $
            $$.Execution.Id        | CONTEXT  | -     | $.Execution.Id
            $order                 | VARIABLE | order | $
            $order.items[0]        | VARIABLE | order | $.items[0]
            $_x1['a b']            | VARIABLE | _x1   | $['a b']
            "$.a.b   "             | INPUT    | -     | $.a.b
            """)
    void pathSplitsIntoRootAndJsonPath(String text, AslPath.Root root, @Nullable String variable, String jsonPath) {
        AslPath path = JsonPaths.checkPath(text).result().orElseThrow();
        assertAll(() -> assertEquals(root, path.root()), () -> assertEquals(variable, path.variable()),
                () -> assertEquals(jsonPath, path.jsonPath()), () -> assertEquals(text, path.text()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"$.store.book[*].author", "$..author", "$.store.*", "$.store..price", "$..*",
        "$.book[-2]", "$.book[0,1]", "$.book[:2]", "$.book[1:2]", "$.book[-2:]", "$.book[0:10:2]", "$.book[ 0 ]",
        "$['a','b']", "$.book[?(@.isbn)]", "$.store.book[?(@.price < 10)]", "$.users[?(@.status == 0)]",
        "$.book[?(@.author =~ /.*REES/i)]", "$.a[?(@.k in ['x', 'y'])]", "$.a.length()", "$.a.min()",
        "$.abc.['def ghi']", "$['Test\\\"\"Name\"']", "$.sub-values", "$.&Ж中", "$$.Map.Item.Value",
        "$var[*].x", "$.item.items[1:5].itemValue"})
    void pathAcceptsJsonPathAsAwsDoes(String text) {
        assertEquals(Optional.empty(), JsonPaths.checkPath(text).failure());
    }

    @ParameterizedTest
    @ValueSource(strings = {"$", "$.a.b", "$['a']", "$[\"a\"]", "$[0]", "$.ledgers[0][22][315].foo", "$.store\\.book",
        "$.\\stor\\e.boo\\k", "$.foo.\\.bar", "$.foo\\@bar.baz\\[\\[.\\?pretty", "$.&Ж中.\uD800\uDF46",
        "$.abc.['def ghi']", "$$.Execution.Input.items", "$items", "$items.list[3]", "$.sub-values"})
    void referencePathAcceptsMemberAccessAndIndexes(String text) {
        assertEquals(Optional.empty(), JsonPaths.checkReferencePath(text).failure());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            $.a[*]            | 3 | wildcards (*)
            $.a.*             | 4 | wildcards (*)
            $.a[?(@.b)]       | 3 | filters
            $.a[(@.length-1)] | 3 | script expressions
            $.a[1:2]          | 4 | slices
            $.a[:2]           | 4 | slices
            $.a[0,1]          | 5 | unions
            $["a","b"]        | 5 | unions
            $..a              | 1 | recursive descent (..)
            $.a..b            | 3 | recursive descent (..)
            $.a.length()      | 4 | functions
            $.a@b             | 3 | the current-node operator (@)
            $.a,b             | 3 | unions (,)
            """)
    void referencePathRefusesWhatCanSelectSeveralNodes(String text, int offset, String what) {
        ExpressionError error = JsonPaths.checkReferencePath(text).failure().orElseThrow();
        assertEquals(offset, error.offset(), error.message());
        assertTrue(error.message().startsWith("A Reference Path cannot use " + what), error.message());
    }

    @Test
    void referencePathRefusesWildcards() {
        ExpressionError error = JsonPaths.checkReferencePath("$.items[*].id").failure().orElseThrow();
        assertEquals(new ExpressionError(
                "A Reference Path cannot use wildcards (*): it must identify a single node", 7), error);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            $$.Execution.Input | context object
            $$                 | context object
            $result            | variable
            $result.field      | variable
            """)
    void resultPathRefusesContextObjectAndVariables(String text, String what) {
        ExpressionError error = JsonPaths.checkResultPath(text).failure().orElseThrow();
        assertEquals(0, error.offset());
        assertTrue(error.message().contains(what), error.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"$", "$.result", "$.detail.shipped_output", "$['a b'][0]"})
    void resultPathAcceptsReferencesIntoTheInput(String text) {
        assertTrue(JsonPaths.checkResultPath(text).isOk());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a.b               | 0  | does not start with '$'
            " $.a"            | 0  | does not start with '$'
            $.                | 1  | must not end with '.'
            $..               | 1  | must not end with '..'
            $.a.              | 3  | must not end with '.'
            $.a[              | 3  | '[' is never closed
            $.a]              | 3  | Unexpected ']'
            $.a b             | 3  | Unexpected blank
            $['a              | 2  | never closed
            $[]               | 1  | Empty brackets
            $.a[0]b           | 6  | expected '.' or '['
            $.a[1.5]          | 5  | Expected ']'
            $.a[x]            | 4  | Unexpected 'x' inside [ ]
            $.a[-]            | 5  | Expected digits after '-'
            $.a[0,]           | 6  | Expected an index after ','
            $['a',]           | 6  | Expected a quoted name after ','
            $$$               | 2  | Unexpected '$'
            $-a               | 1  | Unexpected '-'
            $.a.length().b    | 12 | must end the path
            $.a\\             | 3  | escaping '\\'
            $.*a              | 3  | Unexpected 'a' after '*'
            $.a[?@.b]         | 5  | Expected '(' after '?'
            $.a[?(@.b == )]   | 13 | Invalid JSONPath
            $.a[?(@.b ~= 1)]  | 3  | Invalid JSONPath
            $.a[?(@.b == 'x)] | 13 | never closed
            """)
    void pathRefusesMalformedText(String text, int offset, String fragment) {
        ExpressionError error = JsonPaths.checkPath(text).failure().orElseThrow();
        assertEquals(offset, error.offset(), error.message());
        assertTrue(error.message().contains(fragment), error.message());
    }

    @ParameterizedTest
    @EnumSource(PathKind.class)
    void emptyTextIsRefusedAtOffsetZero(PathKind kind) {
        ExpressionError error = JsonPaths.check("", kind).failure().orElseThrow();
        assertAll(() -> assertEquals(0, error.offset()), () -> assertTrue(error.message().contains("empty")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"$.a[?(@.b == 1)]", "$.a", "$"})
    void pathNestedTenThousandLevelsDeepIsRefusedWithoutOverflowingTheStack(String prefix) {
        String deep = prefix.replace("1", "(".repeat(10_000) + "1" + ")".repeat(10_000)) + "[".repeat(10_000);
        for (PathKind kind : PathKind.values()) {
            assertTrue(JsonPaths.check(deep, kind).failure().isPresent(), kind.name());
        }
    }

    @Test
    void filterNestedDeeperThanTheLimitNamesTheOffendingBracket() {
        String path = "$[?(" + "(".repeat(40) + "@.a" + ")".repeat(40) + ")]";
        ExpressionError error = JsonPaths.checkPath(path).failure().orElseThrow();
        assertEquals(3 + Groups.MAX_DEPTH, error.offset(), error.message());
    }

    @Test
    void bareWordInFilterIsReadAsAStringAsAwsDoes() {
        AslPath path = JsonPaths.checkPath("$.outputs[?(@.OutputKey == FooBar)].OutputValue").result().orElseThrow();
        assertEquals("$.outputs[?(@.OutputKey == 'FooBar')].OutputValue", path.jsonPath());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            $.a.b          | true
            $.a[0]['b']    | true
            $.a[*]         | false
            $..a           | false
            $.a[0:1]       | false
            $.a[?(@.x)]    | false
            $.a[0,1]       | false
            """)
    void pathKnowsWhetherItSelectsOneNode(String text, boolean definite) {
        assertEquals(definite, JsonPaths.checkPath(text).result().orElseThrow().definite());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            $order.items[0] | order  | $.items[0]
            $order          | order  | $
            $x['a b']       | x      | $['a b']
            $_tmp.list      | _tmp   | $.list
            """)
    void splitVariableSeparatesNameAndPath(String reference, String name, String path) {
        assertEquals(Optional.of(new VariableReference(name, path)), JsonPaths.splitVariable(reference));
    }

    @ParameterizedTest
    @ValueSource(strings = {"$.order", "$$.Execution", "$", "$[0]", "order", "", "$1abc"})
    void splitVariableIsEmptyWithoutAVariable(String text) {
        assertEquals(Optional.empty(), JsonPaths.splitVariable(text));
    }
}
