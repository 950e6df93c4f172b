package statewise.engine.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.JsonPathException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonPathEvaluatorTest {

    private static final String DOCUMENT = """
            {"a":{"v":1,"w":[1,2]},"b":{"v":2},"items":[1,2],"nul":null,"s":"x",
             "arr":[{"x":1},{"y":2},{"x":"q"}],"sp ace":{"k":true},"Test\\\\\\"\\"Name\\"":"quoted"}""";
    private static final JsonNode CONTEXT = Json.parse("{\"Execution\":{\"Id\":\"arn:x\",\"Input\":{\"n\":1}}}");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            $                          | DOCUMENT
            $.a                        | {"v":1,"w":[1,2]}
            $.a.v                      | 1
            $['a']["v"]                | 1
            $.a.w[1]                   | 2
            $.items[-1]                | 2
            $.items[5]                 | null
            $.items[-5]                | null
            $.nul                      | null
            $['sp ace'].k              | true
            $['Test\\""Name"']         | "quoted"
            $['a','b']                 | {"a":{"v":1,"w":[1,2]},"b":{"v":2}}
            $.*.v                      | [1,2]
            $..v                       | [1,2]
            $.arr[?(@.x)]              | [{"x":1},{"x":"q"}]
            $.arr[?(@.x == 1)].x       | [1]
            $.arr[?(@.z == 'Foo')]     | []
            $.arr[*].x                 | [1,"q"]
            $.items[0:1]               | [1]
            $.items[:1]                | [1]
            $.missing[*]               | []
            $.missing.items[1:]        | []
            $$.Execution.Id            | "arn:x"
            $$                         | {"Execution":{"Id":"arn:x","Input":{"n":1}}}
            $v                         | {"k":[3,4]}
            $v.k[0]                    | 3
            """)
    void selectsAsAwsDoes(String path, String expected) {
        JsonNode wanted = expected.equals("DOCUMENT") ? Json.parse(DOCUMENT) : Json.parse(expected);
        assertEquals(wanted, JsonPathEvaluator.select(path, scope(), "InputPath"));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            $.NoSuchInputPath   | InputPath      | Invalid path '$.NoSuchInputPath' : No results for path: \
            $['NoSuchInputPath']
            $.no.such.path      | OutputPath     | Invalid path '$.no.such.path' : Missing property in path $['no']
            $.a.nope            | ItemsPath      | Invalid path '$.a.nope' : No results for path: $['a']['nope']
            $.s[0]              | ItemsPath      | Invalid path '$.s[0]' : Filter: [0] can only be applied to arrays. \
            Current context is: "x"
            $.items.length()    | InputPath      | Invalid path '$.items.length()' : No results for path: \
            $['items'].length()
            $undefined          | InputPath      | Invalid path '$undefined' : The variable 'undefined' is not defined
            $.ErrorX            | ErrorPath      | The JSONPath '$.ErrorX' specified for the field 'ErrorPath' could \
            not be found in the input '{"in":1}'
            $.no_such_jsonpath  | value.$        | The JSONPath '$.no_such_jsonpath' specified for the field 'value.$' \
            could not be found in the input '{"in":1}'
            $$.Execution.Nope   | value.$        | The JSONPath '$$.Execution.Nope' specified for the field 'value.$' \
            could not be found in the input '{"Execution":{"Id":"arn:x","Input":{"n":1}}}'
            $v.nope             | CausePath      | The JSONPath '$v.nope' specified for the field 'CausePath' could \
            not be found in the input '{"k":[3,4]}'
            """)
    void failsWithAwsCause(String path, String field, String cause) {
        PathScope scope = new PathScope(Json.parse("{\"in\":1}"), CONTEXT, name -> name.equals("v")
                ? Json.parse("{\"k\":[3,4]}") : null);
        JsonNode input = path.startsWith("$.s") || path.startsWith("$.a") || path.startsWith("$.items")
                ? Json.parse(DOCUMENT) : scope.input();
        QueryFailure failure = assertThrows(QueryFailure.class,
                () -> JsonPathEvaluator.select(path, scope.withInput(input), field));
        assertEquals(QueryFailure.RUNTIME, failure.error());
        assertEquals(cause, failure.cause());
    }

    @Test
    void aNullInputCannotBeRead() {
        PathScope scope = new PathScope(Json.parse("null"), CONTEXT, VariableLookup.NONE);
        QueryFailure failure = assertThrows(QueryFailure.class,
                () -> JsonPathEvaluator.select("$", scope, "Input.$"));
        assertEquals("Unable to apply Path transformation to null or empty input.", failure.cause());
        assertEquals(CONTEXT, JsonPathEvaluator.select("$$", scope, "Input.$"));
    }

    @Test
    void aSelectedNodeIsTheInputsOwn() {
        JsonNode document = Json.parse(DOCUMENT);
        assertSame(document.get("a"), JsonPathEvaluator.select("$.a", scope().withInput(document), "InputPath"));
    }

    @Test
    void aPathThatIsNoPathFailsTheState() {
        QueryFailure failure = assertThrows(QueryFailure.class,
                () -> JsonPathEvaluator.select("items", scope(), "InputPath"));
        assertEquals(QueryFailure.RUNTIME, failure.error());
    }

    /** The direct walk of name-and-index paths must agree with Jayway JsonPath, which AWS runs. */
    @ParameterizedTest
    @ValueSource(strings = {"$", "$.a", "$.a.v", "$.a.w[0]", "$.a.w[1]", "$.a.w[2]", "$.a.w[-1]", "$.a.w[-3]",
        "$.nope", "$.a.nope", "$.nope.x", "$.nul", "$.nul.x", "$.nul[0]", "$.s[0]", "$.s.x", "$.items.x",
        "$.items[5].x", "$['a']['v']", "$[\"b\"].v", "$['sp ace'].k", "$[0]", "$.arr[1].y", "$.arr[1].x"})
    void walkingAgreesWithJayway(String path) {
        JsonNode document = Json.parse(DOCUMENT);
        CompiledPath compiled = CompiledPath.of(path);
        assertEquals(jayway(path, document), compiled.find(document, false));
    }

    private static @Nullable JsonNode jayway(String path, JsonNode document) {
        Configuration configuration = Configuration.builder()
                .jsonProvider(new JacksonJsonNodeJsonProvider(JsonText.MAPPER)).build();
        try {
            Object value = JsonPath.compile(path).read(document, configuration);
            return value == null ? Json.parse("null") : (JsonNode) value;
        } catch (JsonPathException e) {
            return null;
        }
    }

    @ParameterizedTest(name = "{1} into {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"a":1}                       | $                  | {"r":2}   | {"r":2}
            {"a":1}                       | $.r                | {"b":2}   | {"a":1,"r":{"b":2}}
            {"a":1,"r":0,"z":3}           | $.r                | 5         | {"a":1,"r":5,"z":3}
            {"in":1}                      | $.enigma.mystery   | "x"       | {"in":1,"enigma":{"mystery":"x"}}
            {"a":{"b":{"c":1}}}           | $.a.b.d            | 2         | {"a":{"b":{"c":1,"d":2}}}
            [{"a":1},{"id":7},4]          | $[1].payload       | {"s":1}   | [{"a":1},{"id":7,"payload":{"s":1}},4]
            {"a":[{"other":1}]}           | $.a[0].b           | 5         | {"a":[{"other":1,"b":5}]}
            {"abc":{}}                    | $.abc['def ghi']   | 5         | {"abc":{"def ghi":5}}
            {"a":[1,2]}                   | $.a[1]             | 9         | {"a":[1,9]}
            """)
    void placesTheResultAsAwsDoes(String input, String resultPath, String result, String expected) {
        JsonNode before = Json.parse(input);
        JsonNode placed = JsonPathEvaluator.placeResult(before, resultPath, Json.parse(result));
        assertEquals(Json.parse(expected), placed);
        assertEquals(Json.parse(input), before, "the input is not modified");
    }

    @ParameterizedTest(name = "{1} into {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "foo"                | $.x          | Unable to apply ResultPath '$.x' to input '"foo"'
            [1,2]                | $.x          | Unable to apply ResultPath '$.x' to input '[1,2]'
            {"a":"s"}            | $.a.b        | Unable to apply ResultPath '$.a.b' to input '{"a":"s"}'
            {"a":null}           | $.a.b        | Unable to apply ResultPath '$.a.b' to input '{"a":null}'
            [{"a":1}]            | $[3].b       | Unable to apply ResultPath '$[3].b' to input '[{"a":1}]'
            {"a":1}              | $[0]         | Unable to apply ResultPath '$[0]' to input '{"a":1}'
            {}                   | $.a[0]       | Unable to apply ResultPath '$.a[0]' to input '{}'
            """)
    void refusesAResultPathTheInputCannotTake(String input, String resultPath, String cause) {
        QueryFailure failure = assertThrows(QueryFailure.class,
                () -> JsonPathEvaluator.placeResult(Json.parse(input), resultPath, Json.parse("1")));
        assertEquals(QueryFailure.RESULT_PATH_MATCH_FAILURE, failure.error());
        assertEquals(cause, failure.cause());
    }

    @Test
    void aNullResultPathKeepsTheInput() {
        JsonNode input = Json.parse("{\"a\":1}");
        assertSame(input, JsonPathEvaluator.placeResult(input, null, Json.parse("2")));
    }

    private static PathScope scope() {
        return new PathScope(Json.parse(DOCUMENT), CONTEXT,
                name -> name.equals("v") ? Json.parse("{\"k\":[3,4]}") : null);
    }
}
