package statewise.engine.run;

import java.time.Duration;
import java.time.Instant;

/**
 * An execution's time. On the virtual clock time only moves when the scheduler jumps to a due timer, so waits
 * cost nothing yet timestamps and durations are as if they had passed; on the real clock the jump is a real
 * sleep and {@link #now} follows the wall clock.
 */
final class ExecutionClock {

    private final ClockMode mode;
    private final DebugHooks hooks;
    private final Instant origin;
    private final long originNanos;
    private Instant virtualNow;

    ExecutionClock(ClockMode mode, Instant start, DebugHooks hooks) {
        this.mode = mode;
        this.hooks = hooks;
        this.origin = start;
        this.originNanos = System.nanoTime();
        this.virtualNow = start;
    }

    Instant now() {
        if (mode == ClockMode.VIRTUAL) {
            return virtualNow;
        }
        return origin.plusNanos(System.nanoTime() - originNanos);
    }

    /** Moves time forward to {@code due}: a jump on the virtual clock, a sleep on the real one. */
    void advanceTo(Instant due) throws InterruptedException {
        if (mode == ClockMode.VIRTUAL) {
            if (due.isAfter(virtualNow)) {
                virtualNow = due;
            }
            return;
        }
        Duration left = Duration.between(now(), due);
        if (!left.isNegative() && !left.isZero()) {
            hooks.sleepUntil(System.nanoTime() + left.toNanos());
        }
    }

    Duration elapsed() {
        return Duration.between(origin, now());
    }
}
