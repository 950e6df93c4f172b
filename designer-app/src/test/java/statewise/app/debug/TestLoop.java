package statewise.app.debug;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import statewise.app.fx.UiThread;

/**
 * A UI thread for view-model tests without a toolkit: the test's own thread owns it, and work handed over from the
 * execution's thread waits in a queue until the test runs it, as {@code Platform.runLater} work waits for a pulse.
 */
final class TestLoop implements UiThread {

    private final Thread owner = Thread.currentThread();
    private final LinkedBlockingDeque<Runnable> queue = new LinkedBlockingDeque<>();

    @Override
    public void execute(Runnable action) {
        queue.add(action);
    }

    @Override
    public boolean isCurrent() {
        return Thread.currentThread() == owner;
    }

    /** Runs handed-over work until {@code done} holds; fails after ten seconds. */
    void runUntil(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!done.getAsBoolean()) {
            Runnable next = queue.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new AssertionError("Timed out waiting for the UI thread's work");
            }
            next.run();
        }
    }

    /** Runs whatever work has been handed over by now. */
    void runPending() {
        for (Runnable next = queue.poll(); next != null; next = queue.poll()) {
            next.run();
        }
    }
}
