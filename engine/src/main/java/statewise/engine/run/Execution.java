package statewise.engine.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import statewise.engine.run.history.HistoryListener;

/**
 * An execution running on a thread of its own, for the debugger: it can be paused, stepped and stopped through
 * {@link #debug()} while listeners receive its events. For a plain run to the end, {@link Interpreter#run} is
 * simpler.
 */
public final class Execution {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final DebugSession debug;
    private final TaskCallbacks callbacks = new TaskCallbacks();
    private final CompletableFuture<ExecutionResult> result = new CompletableFuture<>();

    private Execution(DebugSession debug) {
        this.debug = debug;
    }

    /**
     * Starts an execution on a new daemon thread.
     *
     * @param listeners told each event, on the execution's thread
     * @param debug     breakpoints, pause listeners and whether to pause before the first state
     */
    public static Execution start(ExecutionRequest request, List<HistoryListener> listeners, DebugOptions debug) {
        DebugGate gate = new DebugGate(debug.startPaused());
        gate.setBreakpoints(debug.breakpoints());
        debug.listeners().forEach(gate::addListener);
        Execution execution = new Execution(new DebugSession(gate));
        List<HistoryListener> copy = new ArrayList<>(listeners);
        Thread thread = new Thread(() -> execution.run(request, copy, gate),
                "statewise-execution-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
        return execution;
    }

    private void run(ExecutionRequest request, List<HistoryListener> listeners, DebugGate gate) {
        try {
            result.complete(new ExecutionRun(request, listeners, gate, callbacks).run());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.completeExceptionally(e);
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
    }

    public DebugSession debug() {
        return debug;
    }

    /** Where a person sends task success, failure and heartbeat for the tasks waiting for a callback. */
    public TaskCallbacks callbacks() {
        return callbacks;
    }

    /** Completes when the execution ends (however it ends). */
    public CompletableFuture<ExecutionResult> result() {
        return result;
    }
}
