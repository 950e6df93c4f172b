package statewise.app.fx;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The named background thread engine work (parse, validate, file reads and writes, later layout and runs) happens
 * on, so the FX thread never waits for it. It can run work later, which debounces the reparse after typing. The
 * thread is a daemon: closing the window ends the program even mid-validation.
 */
public final class EngineExecutor {

    private EngineExecutor() {
    }

    /**
     * An executor that starts a daemon thread {@code statewise-<name>-<n>} whenever none is idle, for jobs that can
     * be abandoned: a cancelled read stuck on a slow disk keeps its thread, and the next one gets a fresh thread.
     */
    public static ExecutorService abandonable(String name) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "statewise-" + name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A single-threaded scheduled executor whose thread is called {@code statewise-<name>-<n>}. */
    public static ScheduledExecutorService create(String name) {
        AtomicInteger count = new AtomicInteger();
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "statewise-" + name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}
