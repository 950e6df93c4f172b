package statewise.engine.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayloadTemplatesTest {

    private static final JsonNode INPUT = Json.parse("{\"vals\":[0,10,20,30,40,50],\"name\":\"Ada\",\"n\":null}");
    private static final JsonNode CONTEXT = Json.parse("{\"Map\":{\"Item\":{\"Value\":7,\"Index\":0}}}");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"flagged":true,"parts":{"first.$":"$.vals[0]","last3.$":"$.vals[3:]"}} \
                                                     | {"flagged":true,"parts":{"first":0,"last3":[30,40,50]}}
            {"list":[{"v.$":"$.name"},"$.name",1]}   | {"list":[{"v":"Ada"},"$.name",1]}
            {"idx.$":"$.vals[9]","nul.$":"$.n"}      | {"idx":null,"nul":null}
            {"item.$":"$.missing[*]"}                | {"item":[]}
            {"greeting.$":"States.Format('Hi {}', $.name)"} | {"greeting":"Hi Ada"}
            {"value.$":"$$.Map.Item.Value","var.$":"$x"} | {"value":7,"var":"ex"}
            {"Comment":"kept","TestResult.$":"$.name","a.$.b":"x"} | {"Comment":"kept","TestResult":"Ada","a.$.b":"x"}
            "just a string"                          | "just a string"
            """)
    void evaluatesTemplatesAsAwsDoes(String template, String expected) {
        assertEquals(Json.parse(expected), PayloadTemplates.evaluate(Json.parse(template), scope(), "Parameters"));
    }

    @Test
    void aPathThatSelectsNothingNamesItsKey() {
        JsonNode template = Json.parse("{\"outer\":{\"value.$\":\"$.no_such_jsonpath\"}}");
        QueryFailure failure = assertThrows(QueryFailure.class,
                () -> PayloadTemplates.evaluate(template, scope(), "Parameters"));
        assertEquals(QueryFailure.RUNTIME, failure.error());
        assertEquals("The JSONPath '$.no_such_jsonpath' specified for the field 'value.$' could not be found in"
                + " the input '" + JsonText.compact(INPUT) + "'", failure.cause());
    }

    @Test
    void aFailingCallIsQuotedAsWritten() {
        JsonNode template = Json.parse("{\"v.$\":\"States.Format('{}',$.nope)\"}");
        QueryFailure failure = assertThrows(QueryFailure.class,
                () -> PayloadTemplates.evaluate(template, scope(), "Parameters"));
        assertEquals("The function 'States.Format('{}',$.nope)' had the following error: The JsonPath argument"
                + " for the field '$.nope' could not be found in the input '" + JsonText.compact(INPUT) + "'",
                failure.cause());
    }

    @Test
    void aValueThatIsNeitherPathNorCallFailsWhenEvaluated() {
        JsonNode template = Json.parse("{\"v.$\":\"name\"}");
        QueryFailure failure = assertThrows(QueryFailure.class,
                () -> PayloadTemplates.evaluate(template, scope(), "ResultSelector"));
        assertEquals(QueryFailure.RUNTIME, failure.error());
    }

    @Test
    void constantPartsAreSharedNotCopied() {
        JsonNode template = Json.parse("{\"fixed\":{\"deep\":[1,2]},\"v.$\":\"$.name\"}");
        JsonNode first = PayloadTemplates.evaluate(template, scope(), "Parameters");
        assertSame(template.get("fixed"), first.get("fixed"));
        JsonNode constant = Json.parse("{\"a\":[1]}");
        assertSame(constant, PayloadTemplates.evaluate(constant, scope(), "Parameters"));
    }

    @Test
    void theTemplateIsNotModified() {
        JsonNode template = Json.parse("{\"a.$\":\"$.name\",\"b\":[{\"c.$\":\"$.vals[1]\"}]}");
        JsonNode before = template.deepCopy();
        PayloadTemplates.evaluate(template, scope(), "Parameters");
        assertEquals(before, template);
    }

    @Test
    void randomIntrinsicsDrawFromTheGivenGenerator() {
        JsonNode template = Json.parse("{\"id.$\":\"States.UUID()\",\"n.$\":\"States.MathRandom(1, 100)\"}");
        JsonNode first = PayloadTemplates.evaluate(template, scope(), "Parameters", new Random(5));
        assertEquals(first, PayloadTemplates.evaluate(template, scope(), "Parameters", new Random(5)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            $.name                                              | "Ada"
            States.Format('{} failed', $.name)                  | "Ada failed"
            $x                                                  | "ex"
            """)
    void evaluatesErrorAndCausePaths(String expression, String expected) {
        assertEquals(Json.parse(expected), PayloadTemplates.evaluateExpression(expression, scope(), "CausePath"));
    }

    @Test
    void anErrorPathThatSelectsNothingIsWordedForErrorPath() {
        QueryFailure failure = assertThrows(QueryFailure.class,
                () -> PayloadTemplates.evaluateExpression("$.ErrorX", scope(), "ErrorPath"));
        assertEquals("The JSONPath '$.ErrorX' specified for the field 'ErrorPath' could not be found in the input '"
                + JsonText.compact(INPUT) + "'", failure.cause());
    }

    @Test
    void evaluationIsSafeFromManyThreads() throws Exception {
        JsonNode template = Json.parse("{\"a.$\":\"$.vals[2]\",\"b.$\":\"States.ArrayLength($.vals)\"}");
        JsonNode expected = Json.parse("{\"a\":20,\"b\":6}");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> IntStream.range(0, 2000).allMatch(
                        i -> expected.equals(PayloadTemplates.evaluate(template, scope(), "Parameters")))));
            }
            for (Future<Boolean> run : runs) {
                assertTrue(run.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static PathScope scope() {
        return new PathScope(INPUT, CONTEXT, name -> name.equals("x") ? Json.parse("\"ex\"") : null);
    }
}
