package statewise.engine.run;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An execution's tasks that wait for a callback: it hands out their task tokens and brings the messages a person
 * sends through {@link TaskCallbacks} to the waiting task, on the execution's thread. For the scheduler it is the
 * outside world that may still add work when nothing else can run.
 */
final class CallbackHub implements Scheduler.Outside {

    private final @Nullable TaskCallbacks callbacks;
    private final DebugHooks hooks;
    private final String seed;
    private final Map<String, CallbackWait> waits = new HashMap<>();
    private long tokens;

    CallbackHub(@Nullable TaskCallbacks callbacks, DebugHooks hooks, String executionArn) {
        this.callbacks = callbacks;
        this.hooks = hooks;
        this.seed = executionArn;
    }

    /**
     * A new task token: deterministic per execution (the n-th token of an execution is always the same), unique
     * within it.
     */
    String newToken() {
        tokens++;
        UUID id = UUID.nameUUIDFromBytes((seed + "#task-token#" + tokens).getBytes(StandardCharsets.UTF_8));
        return id.toString();
    }

    /** Registers a task that waits for a person's answer for {@code token}. */
    void open(CallbackWait wait, TaskCallbacks.Waiting waiting) {
        waits.put(waiting.token(), wait);
        if (callbacks != null) {
            callbacks.opened(waiting);
        }
    }

    /** The task with {@code token} no longer waits (answered, timed out, stopped). */
    void close(String token) {
        waits.remove(token);
        if (callbacks != null) {
            callbacks.closed(token);
        }
    }

    /** The execution ended: nobody can answer its tasks any more. */
    void closeAll() {
        waits.clear();
        if (callbacks != null) {
            callbacks.closeAll();
        }
    }

    @Override
    public boolean drain() {
        if (callbacks == null) {
            return false;
        }
        boolean any = false;
        for (TaskCallbacks.Message message = callbacks.poll(); message != null; message = callbacks.poll()) {
            any |= deliver(message);
        }
        return any;
    }

    @Override
    public boolean waiting() {
        return callbacks != null && !waits.isEmpty();
    }

    @Override
    public boolean await(@Nullable Duration max) throws InterruptedException {
        if (callbacks == null) {
            return false;
        }
        TaskCallbacks.Message message = callbacks.await(max, hooks);
        return message != null && deliver(message);
    }

    private boolean deliver(TaskCallbacks.Message message) {
        CallbackWait wait = waits.get(message.token());
        if (wait == null) {
            return false;
        }
        wait.received(message.answer());
        return true;
    }
}
