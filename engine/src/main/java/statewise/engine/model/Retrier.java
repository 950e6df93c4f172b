package statewise.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One element of {@code Retry}: which errors to retry and how often.
 *
 * @param errorEquals      {@code ErrorEquals}, the error names this retrier matches
 * @param intervalSeconds  {@code IntervalSeconds} before the first retry (default 1)
 * @param maxAttempts      {@code MaxAttempts} (default 3; 0 never retries)
 * @param backoffRate      {@code BackoffRate}, the interval multiplier (default 2.0)
 * @param maxDelaySeconds  {@code MaxDelaySeconds}, the cap on any one interval
 * @param jitterStrategy   {@code JitterStrategy}: {@code FULL} or {@code NONE}
 */
public record Retrier(
        @Nullable List<String> errorEquals,
        @Nullable Long intervalSeconds,
        @Nullable Long maxAttempts,
        @Nullable BigDecimal backoffRate,
        @Nullable Long maxDelaySeconds,
        @Nullable String jitterStrategy,
        @Nullable String comment,
        Map<String, JsonNode> extras) {

    public static final long DEFAULT_INTERVAL_SECONDS = 1;
    public static final long DEFAULT_MAX_ATTEMPTS = 3;
    public static final BigDecimal DEFAULT_BACKOFF_RATE = new BigDecimal("2.0");

    public Retrier {
        errorEquals = Immutables.list(errorEquals);
        extras = Immutables.extras(extras);
    }
}
