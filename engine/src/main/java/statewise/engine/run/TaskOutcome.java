package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/** What a Task's resource answered: a result, an error with a cause, or nothing in time. */
public sealed interface TaskOutcome {

    /** The resource succeeded with {@code output} as the task result. */
    record Success(JsonNode output) implements TaskOutcome {
    }

    /**
     * The resource failed.
     *
     * @param error the error name retriers and catchers match, e.g. {@code Lambda.ServiceException}
     * @param cause a readable explanation, or null
     */
    record Failure(String error, @Nullable String cause) implements TaskOutcome {
    }

    /**
     * The resource did not answer in time: the task times out when its TimeoutSeconds (for
     * {@code States.Timeout}) or HeartbeatSeconds (for {@code States.HeartbeatTimeout}) have passed.
     *
     * @param error {@code States.Timeout} or {@code States.HeartbeatTimeout}
     */
    record TimedOut(String error) implements TaskOutcome {
    }

    static TaskOutcome success(JsonNode output) {
        return new Success(output);
    }

    static TaskOutcome failure(String error, @Nullable String cause) {
        return new Failure(error, cause);
    }

    static TaskOutcome timedOut(String error) {
        return new TimedOut(error);
    }
}
