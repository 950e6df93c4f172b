package statewise.engine.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.StateProbe;

/**
 * How a tested state's failure would be handled, as TestState reports it: the retrier that matches the error
 * ({@code retryIndex}) and, while it has attempts left after {@code retrierRetryCount} retries, the back-off
 * before the next attempt; else the catcher that takes the error ({@code catchIndex}).
 *
 * @param retryIndex   the matching retrier, or null
 * @param backoff      the seconds before the next attempt when the state is retriable, else null
 * @param catchIndex   the matching catcher when it is not retriable, or null
 */
record Recovery(@Nullable Integer retryIndex, @Nullable Double backoff, @Nullable Integer catchIndex) {

    private static final int DEFAULT_MAX_ATTEMPTS = 3;
    private static final double DEFAULT_INTERVAL = 1;
    private static final double DEFAULT_BACKOFF_RATE = 2;

    static Recovery of(JsonNode state, String error, int retriesSoFar) {
        Integer retryIndex = matching(state.path("Retry"), error);
        if (retryIndex != null) {
            JsonNode retrier = state.path("Retry").get(retryIndex);
            if (retriesSoFar < retrier.path("MaxAttempts").asInt(DEFAULT_MAX_ATTEMPTS)) {
                double seconds = retrier.path("IntervalSeconds").asDouble(DEFAULT_INTERVAL)
                        * Math.pow(retrier.path("BackoffRate").asDouble(DEFAULT_BACKOFF_RATE), retriesSoFar);
                if (retrier.has("MaxDelaySeconds")) {
                    seconds = Math.min(seconds, retrier.get("MaxDelaySeconds").asDouble());
                }
                return new Recovery(retryIndex, seconds, null);
            }
        }
        return new Recovery(retryIndex, null, matching(state.path("Catch"), error));
    }

    private static @Nullable Integer matching(JsonNode handlers, String error) {
        for (int i = 0; i < handlers.size(); i++) {
            for (JsonNode name : handlers.get(i).path("ErrorEquals")) {
                if (StateProbe.taskErrorMatches(name.asText(), error)) {
                    return i;
                }
            }
        }
        return null;
    }

    boolean retriable() {
        return backoff != null;
    }
}
