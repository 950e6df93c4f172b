package statewise.engine.run;

import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.history.HistoryListener;

/**
 * Runs state machines locally, as AWS Step Functions would. The definition must be valid (see
 * {@link statewise.engine.validate.Validator}); runtime problems (a missing path, a failing task, a timeout)
 * end the execution with AWS's error names and causes, never with a Java exception.
 */
public final class Interpreter {

    private Interpreter() {
    }

    /** Runs an execution to its end on the calling thread. */
    public static ExecutionResult run(ExecutionRequest request) {
        return run(request, List.of());
    }

    /** Runs an execution to its end on the calling thread, telling {@code listeners} each event as it happens. */
    public static ExecutionResult run(ExecutionRequest request, List<HistoryListener> listeners) {
        return run(request, listeners, null);
    }

    /**
     * Runs an execution to its end on the calling thread; tasks waiting for a callback take the answers sent to
     * {@code callbacks} (from a listener or another thread), see {@link TaskCallbacks} for how time passes meanwhile.
     */
    public static ExecutionResult run(ExecutionRequest request, List<HistoryListener> listeners,
            @Nullable TaskCallbacks callbacks) {
        try {
            return new ExecutionRun(request, listeners, DebugHooks.NONE, callbacks).run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting on the real-time clock", e);
        }
    }
}
