package statewise.engine.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import statewise.engine.query.JsonataEvaluator.Expected;

/** Evaluating the {@code {% %}} strings of a field's value, with {@code $states} and the workflow variables. */
class JsonataEvaluatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static JsonataScope scope(String input) {
        Map<String, JsonNode> variables = Map.of("count", json("3"), "user", json("{\"name\": \"ann\"}"));
        return JsonataScope.of(json(input), () -> json("{\"State\": {\"Name\": \"S\"}}"), variables::get,
                new SplittableRandom(1));
    }

    @Test
    void expressionsAreEvaluatedAtAnyDepthAndOtherValuesKept() {
        JsonNode template = json("{\"a\": \"{% $states.input.x + 1 %}\", \"b\": [\"plain\", {\"c\": \"{% $count %}\"}],"
                + " \"d\": 5, \"e\": \"{% not closed\"}");
        assertThat(JsonataEvaluator.evaluate(template, scope("{\"x\": 1}"), "Arguments"))
                .asString().isEqualTo(Json.compact(
                        "{\"a\": 2, \"b\": [\"plain\", {\"c\": 3}], \"d\": 5, \"e\": \"{% not closed\"}"));
    }

    @Test
    void valueWithoutExpressionsIsReturnedItself() {
        JsonNode template = json("{\"a\": [1, {\"b\": \"text\"}]}");
        assertThat(JsonataEvaluator.evaluate(template, scope("{}"), "Output")).isSameAs(template);
    }

    @Test
    void statesShowsInputContextAndTheResultOnlyWhereTheFieldHasOne() {
        JsonNode expression = json("\"{% $states %}\"");
        assertThat(JsonataEvaluator.evaluate(expression, scope("{\"i\": 1}"), "Output")).isEqualTo(
                json("{\"input\": {\"i\": 1}, \"context\": {\"State\": {\"Name\": \"S\"}}}"));
        assertThat(JsonataEvaluator.evaluate(expression, scope("{}").withResult(json("[2]")), "Output"))
                .asString().isEqualTo(Json.compact(
                        "{\"input\": {}, \"result\": [2], \"context\": {\"State\": {\"Name\": \"S\"}}}"));
        assertThat(JsonataEvaluator.evaluate(expression, scope("{}").withErrorOutput(json("{\"Error\": \"E\"}")),
                "Output")).asString().isEqualTo(Json.compact("{\"input\": {}, \"errorOutput\": {\"Error\": \"E\"},"
                + " \"context\": {\"State\": {\"Name\": \"S\"}}}"));
    }

    @Test
    void contextObjectIsOnlyBuiltWhenAnExpressionReadsIt() {
        AtomicInteger built = new AtomicInteger();
        JsonataScope scope = JsonataScope.of(json("{\"a\": 1}"), () -> {
            built.incrementAndGet();
            return json("{}");
        }, VariableLookup.NONE, new SplittableRandom(1));
        JsonataEvaluator.evaluate(json("\"{% $states.input.a %}\""), scope, "Output");
        assertThat(built).hasValue(0);
        JsonataEvaluator.evaluate(json("\"{% $states.context %}\""), scope, "Output");
        assertThat(built).hasValue(1);
    }

    @Test
    void variablesAreReadByName() {
        assertThat(JsonataEvaluator.evaluate(json("\"{% $user.name & ':' & $string($count) %}\""), scope("{}"),
                "Output")).asString().isEqualTo(Json.compact("\"ann:3\""));
    }

    @Test
    void wholeNumbersComeBackWithoutAFraction() {
        assertThat(JsonataEvaluator.evaluate(json("\"{% 10 / 4 * 2 %}\""), scope("{}"), "Output"))
                .asString().isEqualTo(Json.compact("5"));
        assertThat(JsonataEvaluator.evaluate(json("\"{% 10 / 4 %}\""), scope("{}"), "Output")).asString()
                .isEqualTo(Json.compact("2.5"));
    }

    @Test
    void expressionNamedByItsPlaceInTheFieldWhenUndefined() {
        assertThatThrownBy(() -> JsonataEvaluator.evaluate(json("{\"a\": [0, \"{% $nope %}\"]}"), scope("{}"),
                "Assign")).isInstanceOfSatisfying(QueryFailure.class, e -> {
                    assertThat(e.cause()).isEqualTo("The JSONata expression '$nope' specified for the field"
                            + " 'Assign/a/1' returned nothing (undefined).");
                    assertThat(e.location()).isEqualTo("Assign/a/1");
                });
    }

    @Test
    void valueOfTheWrongTypeNamesBothTypes() {
        assertThatThrownBy(() -> JsonataEvaluator.evaluate(json("\"{% 'ten' %}\""), scope("{}"), "Seconds",
                Expected.INTEGER)).isInstanceOfSatisfying(QueryFailure.class, e -> assertThat(e.cause()).isEqualTo(
                        "The JSONata expression ''ten'' specified for the field 'Seconds' returned an unexpected"
                        + " result type. Expected 'integer', but was 'string' for value: \"ten\""));
    }

    @Test
    void expressionThatDoesNotCompileIsAnEvaluationError() {
        assertThatThrownBy(() -> JsonataEvaluator.evaluate(json("\"{% $states.input.( %}\""), scope("{}"),
                "Output")).isInstanceOfSatisfying(QueryFailure.class, e -> {
                    assertThat(e.error()).isEqualTo(QueryFailure.QUERY_EVALUATION_ERROR);
                    assertThat(e.cause()).startsWith("The JSONata expression '$states.input.(' specified for the"
                            + " field 'Output' threw an error during evaluation. S0");
                });
    }
}
