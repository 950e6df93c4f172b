package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What a Task's resource answered: a result, an error with a cause, nothing in time, or (for callback, {@code .sync}
 * and activity tasks) an acceptance whose answer comes later.
 */
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

    /**
     * The resource accepted the work of a callback ({@code .waitForTaskToken}), {@code .sync} or activity task, which
     * then waits for its answer. Other tasks treat this as a success with {@code submitted} (or {@code {}}).
     *
     * @param submitted what the service answered to the request (the TaskSubmitted event's output), or null when
     *                  unknown (a mock file answers only the callback)
     * @param worker    for an activity: the name of the worker that took it (the ActivityStarted event's), or null
     * @param answer    the callback's answer when already known (a {@link Success} or {@link Failure}); null, or a
     *                  {@link TimedOut}, when nobody answers now: the task then waits for
     *                  {@link TaskCallbacks} or its HeartbeatSeconds / TimeoutSeconds
     * @param after     how long after the submission a known answer arrives (e.g. a nested execution's duration)
     */
    record Pending(@Nullable JsonNode submitted, @Nullable String worker, @Nullable TaskOutcome answer,
            Duration after) implements TaskOutcome {
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

    /** Accepted; the answer comes from {@link TaskCallbacks} or never (the task then times out). */
    static TaskOutcome pending(@Nullable JsonNode submitted, @Nullable String worker) {
        return new Pending(submitted, worker, null, Duration.ZERO);
    }

    /** Accepted and answered with {@code answer} once {@code after} has passed. */
    static TaskOutcome answered(@Nullable JsonNode submitted, @Nullable String worker, TaskOutcome answer,
            Duration after) {
        return new Pending(submitted, worker, answer, after);
    }
}
