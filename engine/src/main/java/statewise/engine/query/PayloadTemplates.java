package statewise.engine.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * Evaluates payload templates as AWS does in JSONPath states: {@code Parameters}, {@code ResultSelector},
 * {@code ItemSelector}, the values of {@code Assign}. A key ending in {@code .$} becomes the key without it, valued
 * by its path or intrinsic function call; other values are taken as written; objects and arrays are walked.
 * A template is prepared once (cached by identity, bounded: the model hands out the same template object on every
 * visit) and its constant parts are shared by every result, so results must be treated as immutable.
 *
 * <p>A path that selects nothing fails as AWS words it: "The JSONPath '$.x' specified for the field 'x.$' could
 * not be found in the input '{...}'"; an index past the end of an array gives null, as on AWS.
 */
public final class PayloadTemplates {

    private static final BoundedCache<IdentityKey, TemplatePlan.Node> TEMPLATES = new BoundedCache<>(4096);
    private static final BoundedCache<ExpressionKey, TemplatePlan.Node> EXPRESSIONS = new BoundedCache<>(1024);

    private PayloadTemplates() {
    }

    private record ExpressionKey(String text, String field) {
    }

    /** The template's value in {@code scope}; {@code field} names the template for messages, e.g. "Parameters". */
    public static JsonNode evaluate(JsonNode template, PathScope scope, String field) {
        return evaluate(template, scope, field, ThreadLocalRandom.current());
    }

    /**
     * The template's value in {@code scope}, with {@code random} serving {@code States.UUID} and
     * {@code States.MathRandom}, for repeatable runs.
     *
     * @throws QueryFailure {@code States.Runtime} with AWS's cause when a path or a call fails
     */
    public static JsonNode evaluate(JsonNode template, PathScope scope, String field, RandomGenerator random) {
        TemplatePlan.Node plan = TEMPLATES.get(new IdentityKey(template), key -> TemplatePlan.compile(template));
        return plan.value(scope, random, field);
    }

    /**
     * The value of one {@code .$}-style expression, a Path or an intrinsic function call, as a Fail state's
     * {@code ErrorPath} and {@code CausePath} hold; {@code field} names it in messages ({@code "ErrorPath"}).
     */
    public static JsonNode evaluateExpression(String expression, PathScope scope, String field) {
        return evaluateExpression(expression, scope, field, ThreadLocalRandom.current());
    }

    /** As {@link #evaluateExpression(String, PathScope, String)}, with {@code random} for the random intrinsics. */
    public static JsonNode evaluateExpression(String expression, PathScope scope, String field,
            RandomGenerator random) {
        TemplatePlan.Node plan = EXPRESSIONS.get(new ExpressionKey(expression, field),
                key -> TemplatePlan.expression(JsonText.NODES.textNode(expression), field));
        return plan.value(scope, random, field);
    }
}
