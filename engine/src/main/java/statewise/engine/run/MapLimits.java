package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.Expressible;
import statewise.engine.model.MapState;
import statewise.engine.query.JsonPathEvaluator;
import statewise.engine.query.PathScope;

/**
 * A Map state's concurrency and failure tolerance for one run, read from literals or their {@code ...Path} forms
 * with AWS's checks and error texts.
 */
final class MapLimits {

    private int items;
    private String errorPrefix = "";
    private long maxConcurrency;
    private @Nullable Long toleratedCount;
    private @Nullable BigDecimal toleratedPercentage;

    /**
     * Reads MaxConcurrency (AWS does this before MapStateStarted); {@code prefix} is the state's lead-in to error
     * causes.
     */
    void readConcurrency(MapState map, PathScope scope, int itemCount, String prefix) {
        items = itemCount;
        errorPrefix = prefix;
        maxConcurrency = integer(map.maxConcurrency(), map.maxConcurrencyPath(), scope, "MaxConcurrencyPath", 0L);
    }

    /** Reads the tolerated failures (AWS does this after MapStateStarted). */
    void readTolerance(MapState map, PathScope scope) {
        toleratedCount = integer(map.toleratedFailureCount(), map.toleratedFailureCountPath(), scope,
                "ToleratedFailureCountPath", null);
        if (toleratedCount != null && toleratedCount < 0) {
            throw new StatesError(ErrorNames.RUNTIME, errorPrefix + "ToleratedFailureCount cannot be negative.");
        }
        toleratedPercentage = percentage(map, scope);
        if (toleratedPercentage != null && (toleratedPercentage.signum() < 0
                || toleratedPercentage.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new StatesError(ErrorNames.RUNTIME, errorPrefix + "ToleratedFailurePercentage must be between 0 and"
                    + " 100.");
        }
    }

    /** How many iterations start at once: all of them when MaxConcurrency is 0. */
    int initialSlots() {
        return maxConcurrency <= 0 ? items : (int) Math.min(maxConcurrency, items);
    }

    boolean toleranceSet() {
        return toleratedCount != null || toleratedPercentage != null;
    }

    /** Whether {@code failures} failed iterations are still within the tolerated failures. */
    boolean tolerates(int failures) {
        if (!toleranceSet()) {
            return false;
        }
        boolean byCount = toleratedCount != null && failures <= toleratedCount;
        boolean byPercentage = toleratedPercentage != null && items > 0
                && BigDecimal.valueOf(failures * 100L).divide(BigDecimal.valueOf(items), 10,
                        java.math.RoundingMode.HALF_UP).compareTo(toleratedPercentage) <= 0;
        return byCount || byPercentage;
    }

    private @Nullable Long integer(@Nullable Expressible<Long> literal, @Nullable String path,
            PathScope scope, String field, @Nullable Long absent) {
        if (literal instanceof Expressible.Literal<Long> value) {
            return value.value();
        }
        if (path == null) {
            return absent;
        }
        JsonNode value = JsonPathEvaluator.select(path, scope, field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new StatesError(ErrorNames.RUNTIME, errorPrefix + "The " + field + " field refers to value "
                    + quoted(value) + " which is not a valid integer: " + path);
        }
        return value.longValue();
    }

    private @Nullable BigDecimal percentage(MapState map, PathScope scope) {
        if (map.toleratedFailurePercentage() instanceof Expressible.Literal<BigDecimal> value) {
            return value.value();
        }
        String path = map.toleratedFailurePercentagePath();
        if (path == null) {
            return null;
        }
        JsonNode value = JsonPathEvaluator.select(path, scope, "ToleratedFailurePercentagePath");
        if (!value.isNumber()) {
            throw new StatesError(ErrorNames.RUNTIME, errorPrefix + "The ToleratedFailurePercentagePath field refers"
                    + " to value " + quoted(value) + " which is not a valid float: " + path);
        }
        return value.decimalValue();
    }

    /** AWS quotes the offending value's text: {@code "NoNumber"}, {@code "{}"}. */
    private static String quoted(JsonNode value) {
        return "\"" + (value.isTextual() ? value.textValue() : value.toString()) + "\"";
    }
}
