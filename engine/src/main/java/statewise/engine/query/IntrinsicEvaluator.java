package statewise.engine.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * Evaluates intrinsic function calls ({@code States.Format}, {@code States.ArrayGetItem}...) with AWS's argument
 * rules and failures. Each parsed expression is prepared once (cached by identity, bounded) and then evaluated.
 *
 * <p>AWS reports every failure of a call as {@code States.Runtime}, naming the whole expression: "The function
 * 'States.MathAdd($.a, 1)' had the following error: Invalid arguments in States.MathAdd", or, for a path argument
 * that selects nothing, "... The JsonPath argument for the field '$.a' could not be found in the input '{}'".
 * {@code States.UUID} and {@code States.MathRandom} (without a seed) draw from a {@link RandomGenerator}: pass one
 * for repeatable runs; the shorter overload uses {@link ThreadLocalRandom}.
 */
public final class IntrinsicEvaluator {

    private static final BoundedCache<IdentityKey, Prepared> PREPARED = new BoundedCache<>(1024);

    private IntrinsicEvaluator() {
    }

    private record Prepared(IntrinsicPlan.Node plan, String text) {
    }

    /** The value of {@code expression} in {@code scope}, drawing randomness from {@link ThreadLocalRandom}. */
    public static JsonNode evaluate(IntrinsicExpression expression, PathScope scope) {
        return evaluate(expression, scope, ThreadLocalRandom.current());
    }

    /**
     * The value of {@code expression} in {@code scope}; {@code random} serves {@code States.UUID} and
     * {@code States.MathRandom} without a seed.
     *
     * @throws QueryFailure {@code States.Runtime} with AWS's cause when an argument is missing or unusable
     */
    public static JsonNode evaluate(IntrinsicExpression expression, PathScope scope, RandomGenerator random) {
        Prepared prepared = PREPARED.get(new IdentityKey(expression),
                key -> new Prepared(IntrinsicPlan.compile(expression), IntrinsicText.of(expression)));
        return run(prepared.plan(), prepared.text(), scope, random);
    }

    /** Evaluates a prepared plan; {@code text} is the expression as written, for the message. */
    static JsonNode run(IntrinsicPlan.Node plan, String text, PathScope scope, RandomGenerator random) {
        try {
            return plan.value(scope, random);
        } catch (IntrinsicError e) {
            String detail = e.getMessage();
            throw QueryFailure.runtime(plan instanceof IntrinsicPlan.Call
                    ? "The function '" + text + "' had the following error: " + detail : detail);
        }
    }
}
