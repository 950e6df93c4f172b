package statewise.app.fx;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A UI thread for tests without a toolkit: the test's own thread owns it, and work handed over from background
 * threads waits in a queue until the test runs it, the way {@code Platform.runLater} work waits for the FX thread.
 */
public final class QueuedUiThread implements UiThread {

    /** Long enough for an engine run or a layout on two cores shared by several builds. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

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

    /** Runs handed-over work until {@code done} holds; fails after thirty seconds. */
    public void runUntil(BooleanSupplier done) throws InterruptedException {
        runUntil(done, PATIENCE);
    }

    /** Runs handed-over work until {@code done} holds; fails after {@code timeout}. */
    public void runUntil(BooleanSupplier done, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            Runnable next = queue.poll(Math.max(1, left), TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new AssertionError("Timed out after " + timeout + " waiting for the UI thread's work");
            }
            next.run();
        }
    }

    /** Waits until some work has been handed over, without running it. */
    public void awaitWork(Duration timeout) throws InterruptedException {
        Runnable next = queue.pollFirst(timeout.toNanos(), TimeUnit.NANOSECONDS);
        if (next == null) {
            throw new AssertionError("No work was handed over within " + timeout);
        }
        queue.addFirst(next);
    }

    /** Runs whatever work has been handed over by now. */
    public void runPending() {
        Runnable next;
        while ((next = queue.poll()) != null) {
            next.run();
        }
    }
}
