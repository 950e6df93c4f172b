package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.Expressible;
import statewise.engine.model.MapState;

/**
 * A Map state's concurrency and failure tolerance for one run, read from literals or their {@code ...Path} forms
 * with AWS's checks and error texts.
 */
final class MapLimits {

    /** Reads a field given as a literal, an expression or a path; null when unset. */
    @FunctionalInterface
    interface Reader {
        /** @param integral whether an expression's value must be a whole number */
        @Nullable JsonNode read(@Nullable Expressible<?> value, @Nullable String path, String field,
                boolean integral);
    }

    private int items;
    private String errorPrefix = "";
    private long maxConcurrency;
    private @Nullable Long toleratedCount;
    private @Nullable BigDecimal toleratedPercentage;

    /**
     * Reads MaxConcurrency (AWS does this before MapStateStarted); {@code prefix} is the state's lead-in to error
     * causes.
     */
    void readConcurrency(MapState map, Reader reader, int itemCount, String prefix) {
        items = itemCount;
        errorPrefix = prefix;
        maxConcurrency = integer(map.maxConcurrency(), map.maxConcurrencyPath(), reader, "MaxConcurrencyPath", 0L);
    }

    /** Sets how many iterations there are, once an ItemReader has read them (and an ItemBatcher grouped them). */
    void itemCount(int count) {
        items = count;
    }

    /** Reads the tolerated failures (AWS does this after MapStateStarted). */
    void readTolerance(MapState map, Reader reader) {
        toleratedCount = integer(map.toleratedFailureCount(), map.toleratedFailureCountPath(), reader,
                "ToleratedFailureCountPath", null);
        if (toleratedCount != null && toleratedCount < 0) {
            throw new StatesError(ErrorNames.RUNTIME, errorPrefix + "ToleratedFailureCount cannot be negative.");
        }
        toleratedPercentage = percentage(map, reader);
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
            Reader reader, String field, @Nullable Long absent) {
        if (literal instanceof Expressible.Literal<Long> value) {
            return value.value();
        }
        JsonNode value = reader.read(literal, path, field, true);
        if (value == null) {
            return absent;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new StatesError(ErrorNames.RUNTIME, errorPrefix + "The " + field + " field refers to value "
                    + quoted(value) + " which is not a valid integer: " + path);
        }
        return value.longValue();
    }

    private @Nullable BigDecimal percentage(MapState map, Reader reader) {
        if (map.toleratedFailurePercentage() instanceof Expressible.Literal<BigDecimal> value) {
            return value.value();
        }
        String path = map.toleratedFailurePercentagePath();
        JsonNode value = reader.read(map.toleratedFailurePercentage(), path, "ToleratedFailurePercentagePath", false);
        if (value == null) {
            return null;
        }
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
