package statewise.engine.run;

import org.jspecify.annotations.Nullable;
import statewise.engine.run.history.HistoryEvent;

/**
 * Where an execution lets a debugger in: before a state is entered, after each event, and while it waits on the
 * real clock. {@link #NONE} costs nothing, for runs nobody debugs.
 */
interface DebugHooks {

    /** Before the entered event of {@code run}; may block while paused, or throw {@link Aborted} on stop. */
    void beforeState(StateRun run);

    /** After {@code event} was recorded for {@code run} (null for execution-level events). */
    void afterEvent(HistoryEvent event, @Nullable StateRun run);

    /** Between scheduler steps: throws {@link Aborted} once a stop was requested. */
    void checkStop();

    /** Sleeps until {@code deadlineNanos} ({@link System#nanoTime()}), waking early on stop. */
    void sleepUntil(long deadlineNanos) throws InterruptedException;

    /** Thrown on the execution's thread once someone stops it; the run records ExecutionAborted. */
    final class Aborted extends RuntimeException {
        Aborted() {
            super("execution stopped", null, false, false);
        }
    }

    DebugHooks NONE = new DebugHooks() {
        @Override
        public void beforeState(StateRun run) {
        }

        @Override
        public void afterEvent(HistoryEvent event, @Nullable StateRun run) {
        }

        @Override
        public void checkStop() {
        }

        @Override
        public void sleepUntil(long deadlineNanos) throws InterruptedException {
            long left = deadlineNanos - System.nanoTime();
            if (left > 0) {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            }
        }
    };
}
