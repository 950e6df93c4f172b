package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One attempt of a Task waiting for its answer after its request was accepted: a callback
 * ({@code .waitForTaskToken}), an activity, or a {@code .sync} job. The answer comes from the resolver (known at
 * once, maybe arriving later) or from a person through {@link TaskCallbacks}; TimeoutSeconds and HeartbeatSeconds
 * end the wait with {@code States.Timeout} or {@code States.HeartbeatTimeout} if they pass first. A heartbeat
 * starts the HeartbeatSeconds again. Whatever ends the wait first wins; the rest is ignored.
 */
final class CallbackWait {

    /** The task that waits: told how the wait ended, on the execution's thread. */
    interface Waiter {
        void answered(TaskOutcome answer);

        void timedOut(String error);

        /** Runs a step of the task (skipped when its strand was stopped meanwhile). */
        void step(Runnable step);
    }

    private final ExecutionRun exec;
    private final Waiter waiter;
    private final String token;
    private final @Nullable Long heartbeat;
    private boolean closed;
    /** Counts heartbeats, so that the timer of an earlier heartbeat period does nothing. */
    private long beats;

    CallbackWait(ExecutionRun exec, Waiter waiter, String token, @Nullable Long heartbeat) {
        this.exec = exec;
        this.waiter = waiter;
        this.token = token;
        this.heartbeat = heartbeat;
    }

    /**
     * Starts waiting: the timers, then the answer known now, or else a person's.
     *
     * @param timeout the task's TimeoutSeconds (or AWS's default)
     * @param input   what the resource received, for {@link TaskCallbacks#waiting()}
     */
    void start(TaskOutcome.Pending pending, long timeout, String state, String resource, JsonNode input) {
        exec.scheduler().after(Duration.ofSeconds(timeout), () -> waiter.step(() -> expire(ErrorNames.TIMEOUT)));
        startHeartbeat();
        TaskOutcome answer = pending.answer();
        if (answer instanceof TaskOutcome.Success || answer instanceof TaskOutcome.Failure) {
            Runnable deliver = () -> waiter.step(() -> received(answer));
            if (pending.after().isZero() || pending.after().isNegative()) {
                exec.scheduler().next(deliver);
            } else {
                exec.scheduler().after(pending.after(), deliver);
            }
            return;
        }
        exec.callbacks().open(this, new TaskCallbacks.Waiting(token, state, resource, input,
                IntegrationPattern.of(resource)));
    }

    /** A message for this task: its answer, or a heartbeat when {@code answer} is null. */
    void received(@Nullable TaskOutcome answer) {
        if (closed) {
            return;
        }
        if (answer == null) {
            beats++;
            startHeartbeat();
            return;
        }
        close();
        exec.scheduler().next(() -> waiter.step(() -> waiter.answered(answer)));
    }

    /** The task stopped waiting for another reason (its branch was stopped). */
    void close() {
        if (!closed) {
            closed = true;
            exec.callbacks().close(token);
        }
    }

    private void startHeartbeat() {
        if (heartbeat == null) {
            return;
        }
        long period = beats;
        exec.scheduler().after(Duration.ofSeconds(heartbeat), () -> waiter.step(() -> {
            if (period == beats) {
                expire(ErrorNames.HEARTBEAT_TIMEOUT);
            }
        }));
    }

    private void expire(String error) {
        if (!closed) {
            close();
            waiter.timedOut(error);
        }
    }
}
