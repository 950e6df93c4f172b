package statewise.engine.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;

/**
 * Drives one execution: every step of every branch and iteration runs here, one at a time, in a fixed order, so
 * the same definition, input and task results always give the same history.
 *
 * <p>A strand (the execution, a Parallel branch, a Map iteration) continues with {@link #next}, which runs before
 * anything else is started: a strand runs until it has to wait. {@link #spawn} queues the first step of a new
 * strand behind everything already queued. {@link #after} resumes a strand once time has passed; on the virtual
 * clock the scheduler jumps straight to the earliest due timer when nothing else can run, unless a task waits for a
 * person ({@link Outside}): then it first waits for them in real time, at most until that timer (see
 * {@link TaskCallbacks}).
 *
 * <p>Not thread-safe: one thread runs an execution.
 */
final class Scheduler {

    private record Timer(Instant due, long order, Runnable step) implements Comparable<Timer> {
        @Override
        public int compareTo(Timer other) {
            int byTime = due.compareTo(other.due);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }

    /**
     * Work that comes from outside the execution (a person answering a callback), taken in between steps. When
     * nothing is ready and someone outside may still answer, the scheduler waits for them up to the next timer.
     */
    interface Outside {
        /** Takes what has arrived, queueing its steps; true when something was queued. */
        boolean drain();

        /** Whether a step may still come from outside. */
        boolean waiting();

        /** Waits up to {@code max} (null: without limit) for something from outside; true when a step was queued. */
        boolean await(@Nullable Duration max) throws InterruptedException;
    }

    private static final Outside NOBODY = new Outside() {
        @Override
        public boolean drain() {
            return false;
        }

        @Override
        public boolean waiting() {
            return false;
        }

        @Override
        public boolean await(@Nullable Duration max) {
            return false;
        }
    };

    private final Deque<Runnable> ready = new ArrayDeque<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private final ExecutionClock clock;
    private long timerOrder;
    private Outside outside = NOBODY;

    Scheduler(ExecutionClock clock) {
        this.clock = clock;
    }

    void outside(Outside value) {
        outside = value;
    }

    ExecutionClock clock() {
        return clock;
    }

    /** Continues the current strand: runs before any other queued step. */
    void next(Runnable step) {
        ready.addFirst(step);
    }

    /** Starts a new strand behind everything already queued. */
    void spawn(Runnable step) {
        ready.addLast(step);
    }

    /** Runs {@code step} once {@code delay} has passed on the execution's clock. */
    void after(Duration delay, Runnable step) {
        timers.add(new Timer(clock.now().plus(delay), timerOrder++, step));
    }

    /**
     * Runs the next step, advancing the clock to the next timer when nothing else is ready.
     *
     * @return false when there is nothing left to run
     */
    boolean runOne() throws InterruptedException {
        if (outside.drain()) {
            return true;
        }
        Runnable step = ready.pollFirst();
        if (step == null) {
            if (outside.waiting()) {
                Timer first = timers.peek();
                if (outside.await(first == null ? null : Duration.between(clock.now(), first.due()))) {
                    return true;
                }
            }
            Timer timer = timers.poll();
            if (timer == null) {
                return false;
            }
            clock.advanceTo(timer.due());
            step = timer.step();
        }
        step.run();
        return true;
    }

    /** Drops every queued step and timer (the execution ended while branches were still running). */
    void clear() {
        ready.clear();
        timers.clear();
    }
}
