package statewise.engine.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import statewise.engine.query.JsonataEvaluator;
import statewise.engine.query.JsonataScope;
import statewise.engine.query.QueryFailure;

/**
 * A Map state's MaxConcurrency and tolerated failures as TestState reports them ({@code maxConcurrency} 0 when
 * unset), literal or JSONata.
 *
 * @param maxConcurrency     MaxConcurrency, 0 when unset
 * @param toleratedCount     ToleratedFailureCount, or null when unset
 * @param toleratedPercent   ToleratedFailurePercentage, or null when unset
 */
record MapFigures(long maxConcurrency, @Nullable Long toleratedCount, @Nullable Double toleratedPercent) {

    static final MapFigures NONE = new MapFigures(0, null, null);

    static MapFigures of(LocatedState located, JsonNode input, Map<String, JsonNode> variables,
            Supplier<JsonNode> context) {
        if (!located.type().equals("Map")) {
            return NONE;
        }
        JsonataScope scope = JsonataScope.of(input, context, variables::get, new SplittableRandom(0));
        JsonNode state = located.state();
        JsonNode max = value(state.get("MaxConcurrency"), scope, "MaxConcurrency");
        JsonNode count = value(state.get("ToleratedFailureCount"), scope, "ToleratedFailureCount");
        JsonNode percent = value(state.get("ToleratedFailurePercentage"), scope, "ToleratedFailurePercentage");
        return new MapFigures(max != null && max.canConvertToLong() ? max.longValue() : 0,
                count != null && count.isNumber() ? count.longValue() : null,
                percent != null && percent.isNumber() ? percent.doubleValue() : null);
    }

    private static @Nullable JsonNode value(@Nullable JsonNode field, JsonataScope scope, String name) {
        if (field == null || !field.isTextual()) {
            return field;
        }
        try {
            return JsonataEvaluator.evaluate(JsonNodeFactory.instance.textNode(field.textValue()), scope, name);
        } catch (QueryFailure e) {
            return null;
        }
    }

    /**
     * Whether {@code failures} of {@code total} iterations is more than the state tolerates. Recorded: TestState
     * applies no threshold to a Map state that sets neither ToleratedFailureCount nor ToleratedFailurePercentage.
     */
    boolean exceeded(int failures, int total) {
        boolean overCount = toleratedCount != null && failures > toleratedCount;
        boolean overPercent = toleratedPercent != null && total > 0 && failures * 100.0 / total > toleratedPercent;
        return overCount || overPercent;
    }
}
