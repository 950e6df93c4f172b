package statewise.app.fx;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The named background threads engine work (parse, validate, later layout and runs) happens on, so the FX thread
 * never waits for it. The threads are daemons: closing the window ends the program even mid-validation.
 */
public final class EngineExecutor {

    private EngineExecutor() {
    }

    /** A single-threaded executor whose thread is called {@code statewise-<name>-<n>}. */
    public static ExecutorService create(String name) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "statewise-" + name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
