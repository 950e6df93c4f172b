package statewise.engine.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntrinsicEvaluatorTest {

    private static final JsonNode CONTEXT = Json.parse("{\"Execution\":{\"Name\":\"exec-1\"}}");

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {}                                   | States.Array()                                   | []
            {"a":1,"b":"x"}                      | States.Array($.a, $.b, 'y', 2.5, true, null, -3)  \
                                                                                        | [1,"x","y",2.5,true,null,-3]
            {"a":[1,2,3,4,5,6,7,8,9]}            | States.ArrayPartition($.a, 4)        | [[1,2,3,4],[5,6,7,8],[9]]
            {"a":[1,2,3,4,5]}                    | States.ArrayPartition($.a, 2.6)      | [[1,2],[3,4],[5]]
            {"a":[]}                             | States.ArrayPartition($.a, 3)        | []
            {"a":[[1,2,3],2]}                    | States.ArrayContains($.a, $.a[0])    | true
            {"a":[true,false]}                   | States.ArrayContains($.a, false)     | true
            {"a":[{"1":2,"2":[]}]}               | States.ArrayContains($.a, States.Array()) | false
            {"a":["true","x"]}                   | States.ArrayContains($.a, true)      | true
            {"a":["9007199254740991"],"t":9007199254740991} | States.ArrayContains($.a, $.t) | true
            {"a":[0,1,-1]}                       | States.ArrayContains($.a, false)     | false
            {"a":[{"a":1,"b":2}],"t":{"b":2,"a":1}} | States.ArrayContains($.a, $.t)    | false
            {"a":[1,null,3]}                     | States.ArrayContains($.a, null)      | true
            {}                                   | States.ArrayRange(1, 9, 2)           | [1,3,5,7,9]
            {}                                   | States.ArrayRange(0, 10, 3)          | [0,3,6,9]
            {}                                   | States.ArrayRange(5, 1, -2)          | [5,3,1]
            {}                                   | States.ArrayRange(3, 3, -1)          | [3]
            {}                                   | States.ArrayRange(5, 1, 1)           | []
            {}                                   | States.ArrayRange(1.6, 1.4, 1)       | [1]
            {}                                   | States.ArrayRange(5.4, -0.6, -2.4)   | [5,3,1]
            {"a":["a","b","c"]}                  | States.ArrayGetItem($.a, 1)          | "b"
            {"a":[10,20,30]}                     | States.ArrayGetItem($.a, 1.2)        | 20
            {"a":[]}                             | States.ArrayGetItem($.a, 999)        | null
            {"a":[1,2,3]}                        | States.ArrayLength($.a)              | 3
            {"a":[1,2,3,3,3,4]}                  | States.ArrayUnique($.a)              | [1,2,3,4]
            {"a":[true,false,true,false]}        | States.ArrayUnique($.a)              | [false,true]
            {"a":[[1,2],[1,2],[2,1]]}            | States.ArrayUnique($.a)              | [[2,1],[1,2]]
            {"a":[null,null,1,null]}             | States.ArrayUnique($.a)              | [null,1]
            {"a":[1,"1","01"]}                   | States.ArrayUnique($.a)              | [1,"1","01"]
            {"a":[{"a":1,"b":2},{"b":2,"a":1}]}  | States.ArrayUnique($.a)              | [{"a":1,"b":2}]
            {}                                   | States.Base64Encode('hello')         | "aGVsbG8="
            {"s":"こんにちは"}                      | States.Base64Encode($.s)             | "44GT44KT44Gr44Gh44Gv"
            {}                                   | States.Base64Encode('')              | ""
            {}                                   | States.Base64Decode('aGVsbG8=')      | "hello"
            {}                                   | States.Base64Decode(' YWJjZA== ')    | "abcd"
            {}                                   | States.Base64Decode('YWJjAGRlZg==')  | "abc\\u0000def"
            {}                                   | States.Base64Decode('')              | ""
            {}                 | States.Hash('hello', 'MD5')          | "5d41402abc4b2a76b9719d911017c592"
            {"s":"input data"} | States.Hash($.s, 'SHA-1')            | "aaff4a450a104cd177d28d18d74485e8cae074b7"
            {"s":"input data"}                   | States.Hash($.s, 'SHA-256') \
                                      | "b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3"
            {}                                   | States.Hash('hello', 'SHA-384') \
                  | "59e1748777448c69de6b800d7a33bbfb9ff1b463e44354c3553bcdb9c666fa90125a3c79f90397bdf5f6a13de828684f"
            {"s":"input data"}                   | States.Hash($.s, 'SHA-512') | "6ce4adb348546d4f449c4d25aad9a7c9cb711\
            d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a533d30d425402d4f91316d871303aac4"
            {"a":{"a":{"a1":1},"b":2,"d":3},"b":{"a":{"a3":1},"c":3,"d":4}} | States.JsonMerge($.a, $.b, false) \
                                                                          | {"a":{"a3":1},"b":2,"c":3,"d":4}
            {"a":{},"b":{},"d":"false"}          | States.JsonMerge($.a, $.b, $.d)      | {}
            {"a":{"d":3,"a":1},"b":{"c":3,"b":4}} | States.JsonToString(States.JsonMerge($.a, $.b, false)) \
                                                                       | "{\\"a\\":1,\\"b\\":4,\\"c\\":3,\\"d\\":3}"
            {"a":{"Arg1":1,"Arg2":[]}}           | States.JsonToString($.a)             | "{\\"Arg1\\":1,\\"Arg2\\":[]}"
            {"a":"HelloWorld"}                   | States.JsonToString($.a)             | "\\"HelloWorld\\""
            {"a":null}                           | States.JsonToString($.a)             | "null"
            {"s":" "}                            | States.StringToJson($.s)             | null
            {"s":"1.1"}                          | States.StringToJson($.s)             | 1.1
            {"s":"[1, 2, \\"x\\"]"}              | States.StringToJson($.s)             | [1,2,"x"]
            {}                                   | States.MathAdd(1.49, 1.5)            | 3
            {}                                   | States.MathAdd(-1.5, 0)              | -1
            {}                                   | States.MathAdd(2.5, 0)               | 3
            {}                                   | States.MathAdd(-0.5, 0.5)            | 1
            {"v":111}                            | States.MathAdd($.v, -1)              | 110
            {}                                   | States.MathAdd(-2147483647, -1)      | -2147483648
            {"s":", , ,"}                        | States.StringSplit($.s, ',')         | [" "," "]
            {"s":",,,,"}                         | States.StringSplit($.s, ',')         | []
            {"s":"This.is+a,test=string"}        | States.StringSplit($.s, '.+,=') | ["This","is","a","test","string"]
            {"s":""}                             | States.StringSplit($.s, ',')         | []
            {"s":"abc"}                          | States.StringSplit($.s, '')          | ["abc"]
            {"a":"HelloWorld"}                   | States.Format('Formatting argument {}.', $.a) \
                                                                                  | "Formatting argument HelloWorld."
            {"a":{"Arg1":1,"Arg2":[]}}           | States.Format('x={}.', $.a)          | "x={Arg1=1, Arg2=[]}."
            {"a":null,"b":false,"c":-1}          | States.Format('{} {} {}', $.a, $.b, $.c) | "null false -1"
            {"d":3.5,"e":9007199254740991,"f":1.0} | States.Format('{} {} {}', $.d, $.e, $.f) \
                                                                                 | "3.5 9007199254740991 1.0"
            {}                                   | States.Format('Name: \\'{}\\', Surname: "{}"', 'a', 'b') \
                                                                                 | "Name: 'a', Surname: \\"b\\""
            {}                                   | States.Format('\\{\\}{} \\\\', 1) | "{}1 \\\\"
            {"t":"Hello {}"}                     | States.Format($.t, 'Ada')            | "Hello Ada"
            {"a":{"k":1}}                        | States.Format('arn:{}', States.JsonToString($.a)) | "arn:{\\"k\\":1}"
            {}                                   | States.Format('no placeholders')     | "no placeholders"
            {}                                   | States.Format('{}:{}', $$.Execution.Name, $$.Execution) \
                                                                                        | "exec-1:{Name=exec-1}"
            {}                                   | States.ArrayGetItem(States.StringSplit('a-b', '-'), 1) | "b"
            """)
    void evaluatesAsAwsDoes(String input, String expression, String expected) {
        assertEquals(Json.parse(expected), evaluate(input, expression));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"a":[10,20,30]} | States.ArrayGetItem($.a, 3)          | Invalid arguments in States.ArrayGetItem
            {"a":[10,20,30]} | States.ArrayGetItem($.a, -1)         | Invalid arguments in States.ArrayGetItem
            {}               | States.ArrayGetItem('x', 0)          | Invalid arguments in States.ArrayGetItem
            {"a":[1,2,3]}    | States.ArrayPartition($.a, 0.6)      | Invalid arguments in States.ArrayPartition
            {"a":[1,2,3]}    | States.ArrayPartition($.a, -1)       | Invalid arguments in States.ArrayPartition
            {"a":[1,2,3]}    | States.ArrayPartition($.a, '2')      | Invalid arguments in States.ArrayPartition
            {}               | States.ArrayContains('x', 'x')       | Invalid arguments in States.ArrayContains
            {}               | States.ArrayRange(1, 1001, 1)        | Invalid arguments in States.ArrayRange
            {}               | States.ArrayRange(1001, 1, -1)       | Invalid arguments in States.ArrayRange
            {}               | States.ArrayRange(1, 10, 0.49)       | Invalid arguments in States.ArrayRange
            {}               | States.ArrayRange('a', 5, 1)         | Invalid arguments in States.ArrayRange
            {}               | States.ArrayLength('x')              | Invalid arguments in States.ArrayLength
            {"o":{"a":1}}    | States.ArrayUnique($.o)              | Invalid arguments in States.ArrayUnique
            {}               | States.Base64Encode(123)             | Invalid arguments in States.Base64Encode
            {"a":["x"]}      | States.Base64Encode($.a)             | Invalid arguments in States.Base64Encode
            {}               | States.Base64Decode(123)             | Invalid arguments in States.Base64Decode
            {}               | States.Hash('data', 'sha-256')       | Invalid arguments in States.Hash
            {}               | States.Hash('data', 'SHA256')        | Invalid arguments in States.Hash
            {}               | States.Hash('hello', 123)            | Invalid arguments in States.Hash
            {"a":{},"b":{}}  | States.JsonMerge($.a, $.b, true)     | Invalid arguments in States.JsonMerge
            {"a":null,"b":{}} | States.JsonMerge($.a, $.b, false)   | Invalid arguments in States.JsonMerge
            {"a":{},"b":"x"} | States.JsonMerge($.a, $.b, false)    | Invalid arguments in States.JsonMerge
            {}               | States.StringToJson('{')             | Invalid arguments in States.StringToJson
            {}               | States.StringToJson(1)               | Invalid arguments in States.StringToJson
            {}               | States.MathAdd('a', 1)               | Invalid arguments in States.MathAdd
            {}               | States.MathAdd(null, 1)              | Invalid arguments in States.MathAdd
            {}               | States.MathAdd(true, 1)              | Invalid arguments in States.MathAdd
            {}               | States.MathAdd(2147483647, 1)        | Invalid arguments in States.MathAdd
            {}               | States.MathAdd(3000000000, -1)       | Invalid arguments in States.MathAdd
            {}               | States.MathRandom(1, 1)              | Invalid arguments in States.MathRandom
            {}               | States.MathRandom(10, 5)             | Invalid arguments in States.MathRandom
            {}               | States.MathRandom(1.4, 1.6)          | Invalid arguments in States.MathRandom
            {}               | States.MathRandom(1, 10, null)       | Invalid arguments in States.MathRandom
            {}               | States.MathRandom('a', 10)           | Invalid arguments in States.MathRandom
            {"v":123}        | States.StringSplit($.v, ',')         | Invalid arguments in States.StringSplit
            {"d":[","]}      | States.StringSplit('a,b', $.d)       | Invalid arguments in States.StringSplit
            {"t":123}        | States.Format($.t, 'x')              | Invalid arguments in States.Format
            {}               | States.Format('{} {}', 'x') \
                    | Invalid arguments in States.Format: number of arguments do not match the occurrences of {}.
            {}               | States.Format('{}', 'x', 'y') \
                    | Invalid arguments in States.Format: number of arguments do not match the occurrences of {}.
            {}               | States.Format('Hello {', 'x') \
                    | Invalid arguments in States.Format: matching '}' not found for '{'.
            {}               | States.Format('}') \
                    | Invalid arguments in States.Format: matching '{' not found for '}'.
            {"other":1}      | States.Format('{}', $.nope) \
                    | The JsonPath argument for the field '$.nope' could not be found in the input '{"other":1}'
            {"items":[1,2]}  | States.Format('{}', $.items[5]) \
                    | The JsonPath argument for the field '$.items[5]' could not be found in the input '{"items":[1,2]}'
            {"other":1}      | States.Format('{}', $.other[0]) \
                    | The JsonPath argument for the field '$.other[0]' could not be found in the input '{"other":1}'
            {"other":1}      | States.Format('{}', States.Format('{}', $.nope)) \
                    | The JsonPath argument for the field '$.nope' could not be found in the input '{"other":1}'
            """)
    void failsAsAwsDoes(String input, String expression, String detail) {
        QueryFailure failure = assertThrows(QueryFailure.class, () -> evaluate(input, expression));
        assertEquals(QueryFailure.RUNTIME, failure.error());
        assertEquals("The function '" + expression + "' had the following error: " + detail, failure.cause());
    }

    @Test
    void aContextArgumentThatSelectsNothingShowsTheContextObject() {
        QueryFailure failure = assertThrows(QueryFailure.class, () -> evaluate("{}", "States.ArrayLength($$.Nope)"));
        assertEquals("The function 'States.ArrayLength($$.Nope)' had the following error: The JsonPath argument for"
                + " the field '$$.Nope' could not be found in the input '{\"Execution\":{\"Name\":\"exec-1\"}}'",
                failure.cause());
    }

    @Test
    void explicitNullArgumentIsPresent() {
        assertEquals(Json.parse("\"null\""), evaluate("{\"n\":null}", "States.Format('{}', $.n)"));
    }

    @Test
    void wildcardArgumentMatchingNothingIsAnEmptyArray() {
        assertEquals(Json.parse("0"), evaluate("{\"items\":[1,2]}", "States.ArrayLength($.items[*].nope)"));
    }

    @Test
    void variablesAreArguments() {
        PathScope scope = new PathScope(Json.parse("{}"), CONTEXT,
                name -> name.equals("n") ? Json.parse("[1,2]") : null);
        assertEquals(Json.parse("2"), IntrinsicEvaluator.evaluate(parse("States.ArrayLength($n)"), scope));
    }

    @Test
    void inputsUpToTenThousandCharactersAreTaken() {
        String limit = "{\"s\":\"" + "a".repeat(10_000) + "\",\"t\":\"" + "a".repeat(10_001) + "\"}";
        assertEquals(64, evaluate(limit, "States.Hash($.s, 'SHA-256')").textValue().length());
        assertTrue(evaluate(limit, "States.Base64Encode($.s)").isTextual());
        assertThrows(QueryFailure.class, () -> evaluate(limit, "States.Hash($.t, 'SHA-256')"));
        assertThrows(QueryFailure.class, () -> evaluate(limit, "States.Base64Encode($.t)"));
        assertThrows(QueryFailure.class, () -> evaluate(limit, "States.Base64Decode($.t)"));
    }

    @Test
    void hashOfNonStringDataHashesItsPrintedForm() {
        assertEquals(evaluate("{}", "States.Hash('123', 'MD5')"), evaluate("{}", "States.Hash(123, 'MD5')"));
    }

    @Test
    void uuidIsAVersionFourUuidDrawnFromTheGivenGenerator() {
        IntrinsicExpression uuid = parse("States.UUID()");
        String first = IntrinsicEvaluator.evaluate(uuid, scope("{}"), new Random(1)).textValue();
        assertTrue(first.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), first);
        assertEquals(first, IntrinsicEvaluator.evaluate(uuid, scope("{}"), new Random(1)).textValue());
    }

    @Test
    void mathRandomDrawsWholeNumbersFromStartToBeforeEnd() {
        IntrinsicExpression random = parse("States.MathRandom(1.6, 5.4)");
        Set<Integer> drawn = new HashSet<>();
        for (int seed = 0; seed < 200; seed++) {
            drawn.add(IntrinsicEvaluator.evaluate(random, scope("{}"), new Random(seed)).intValue());
        }
        assertEquals(Set.of(1, 2, 3, 4), drawn);
    }

    @Test
    void mathRandomWithASeedRepeats() {
        IntrinsicExpression seeded = parse("States.MathRandom(1, 1000, 42)");
        JsonNode first = IntrinsicEvaluator.evaluate(seeded, scope("{}"), new Random(1));
        assertEquals(first, IntrinsicEvaluator.evaluate(seeded, scope("{}"), new Random(2)));
    }

    @Test
    void aPathAloneIsReadAsAnArgument() {
        QueryFailure failure = assertThrows(QueryFailure.class,
                () -> IntrinsicEvaluator.evaluate(parse("$.x"), scope("{}")));
        assertEquals("The JsonPath argument for the field '$.x' could not be found in the input '{}'",
                failure.cause());
    }

    private static JsonNode evaluate(String input, String expression) {
        return IntrinsicEvaluator.evaluate(parse(expression), scope(input), new Random(3));
    }

    private static PathScope scope(String input) {
        return new PathScope(Json.parse(input), CONTEXT, VariableLookup.NONE);
    }

    private static IntrinsicExpression parse(String expression) {
        return IntrinsicParser.parseValue(expression).result().orElseThrow(
                () -> new AssertionError("does not parse: " + expression));
    }
}
