package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.Catcher;
import statewise.engine.model.ChoiceRule;
import statewise.engine.model.Expressible;
import statewise.engine.query.JsonataEvaluator.Expected;

/**
 * The data-flow steps of a state, in one query language. Every state runner follows the same template (effective
 * input, the state's own work on a payload, its result, its output and assignments) and asks its state's query
 * language for each step: {@link JsonPathFlow} for JSONPath states (InputPath, Parameters, ResultSelector,
 * ResultPath, OutputPath), {@link JsonataFlow} for JSONata states (Arguments, Output, {@code $states}).
 *
 * <p>Every method runs on the execution's thread, may throw {@link statewise.engine.query.QueryFailure} or
 * {@link StatesError}, and never changes its arguments.
 */
interface DataFlow {

    /**
     * What a state passes on when it leaves: its output and the variables it assigns (evaluated together, both
     * seeing the variables as they were before the state).
     */
    record Leaving(JsonNode output, Map<String, JsonNode> assigned) {
    }

    /** What the state's work reads: the input after InputPath (JSONPath), the state input itself (JSONata). */
    JsonNode effectiveInput(StateRun run);

    /** Whether the state input goes through an InputPath stage (JSONPath) before its work sees it. */
    boolean hasInputPath();

    /**
     * What a Task, the Parallel branches or a Map item receive: the template ({@code Parameters},
     * {@code Arguments}, {@code ItemSelector}) evaluated, or {@code effective} when there is none.
     *
     * @param context the context object to evaluate with (a Map item's carries {@code Map.Item}), or null for the
     *                state's own
     */
    JsonNode payload(StateRun run, @Nullable JsonNode template, JsonNode effective, @Nullable JsonNode context,
            String field);

    /** The result as the rest of the state sees it: ResultSelector applied (JSONPath), unchanged (JSONata). */
    JsonNode selectResult(StateRun run, @Nullable JsonNode selector, JsonNode result);

    /**
     * The state's output and its {@code Assign}, for a state that completes normally. Output: ResultPath then
     * OutputPath (JSONPath), {@code Output} (JSONata; by default the result, or the input for states without one).
     *
     * @param result the state's result after {@link #selectResult}, or null for states without a result
     */
    Leaving leave(StateRun run, JsonNode effective, @Nullable JsonNode result);

    /** The output and assignments when {@code catcher} is taken: its ResultPath over the input, or its Output. */
    Leaving caught(StateRun run, Catcher catcher, JsonNode errorOutput);

    /** Whether a top-level Choice rule matches. */
    boolean matches(StateRun run, ChoiceRule rule, JsonNode effective);

    /** The output and assignments of a Choice state leaving by {@code rule} (null for Default). */
    Leaving choose(StateRun run, @Nullable ChoiceRule rule, JsonNode effective);

    /**
     * A value read by a field that holds either a path (JSONPath: {@code ItemsPath}, {@code SecondsPath}, ...,
     * read from {@code effective}) or a JSONata expression or literal (JSONata: {@code Items}, {@code Seconds}).
     *
     * @param literal  the field's literal or expression, or null
     * @param path     the field's path form, or null
     * @param field    the field's JSONPath name ({@code ItemsPath}); JSONata names it without {@code Path}
     * @param expected the type a JSONata field's value must have (JSONPath callers check their values themselves)
     * @return the value, or null when neither is set
     */
    @Nullable JsonNode value(StateRun run, @Nullable JsonNode literal, @Nullable String path, JsonNode effective,
            String field, Expected expected);

    /**
     * An integer or number field (TimeoutSeconds, MaxConcurrency, ToleratedFailurePercentage, ...) as a literal,
     * expression or path; null when unset.
     *
     * @param integral whether a JSONata value must be a whole number (JSONPath callers check their values
     *                 themselves)
     */
    @Nullable JsonNode number(StateRun run, @Nullable Expressible<?> value, @Nullable String path, JsonNode effective,
            String field, boolean integral);

    /** The error a state fails with when its input or a value it reads is unusable. */
    String evaluationError();
}
