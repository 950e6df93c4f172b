package statewise.engine.run;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.history.HistoryEvent;

/**
 * The debugger's side of an execution. The execution's thread calls the hooks and blocks here while paused;
 * other threads (the designer) call the commands. All state is guarded by one monitor.
 */
final class DebugGate implements DebugHooks {

    /** What the execution should do at its next chance to stop. */
    private enum Mode {
        RUN, PAUSE, STEP_EVENT, STEP_STATE
    }

    private final List<DebugSession.Listener> listeners = new CopyOnWriteArrayList<>();
    private Set<Breakpoint> breakpoints = Set.of();
    private Mode mode = Mode.RUN;
    private boolean stopping;
    private @Nullable Paused paused;
    private @Nullable StateRun pausedBefore;
    private @Nullable HistoryEvent lastEvent;

    DebugGate(boolean startPaused) {
        this.mode = startPaused ? Mode.PAUSE : Mode.RUN;
    }

    @Override
    public void beforeState(StateRun run) {
        Mode wanted;
        synchronized (this) {
            checkStop();
            wanted = mode;
        }
        if (wanted == Mode.STEP_STATE || wanted == Mode.PAUSE) {
            pause(wanted == Mode.PAUSE ? PauseReason.REQUESTED : PauseReason.STEP, run, true);
        } else if (hits(run)) {
            pause(PauseReason.BREAKPOINT, run, true);
        }
    }

    @Override
    public void afterEvent(HistoryEvent event, @Nullable StateRun run) {
        Mode wanted;
        synchronized (this) {
            lastEvent = event;
            wanted = mode;
        }
        if (run != null && (wanted == Mode.STEP_EVENT || wanted == Mode.PAUSE)) {
            pause(wanted == Mode.PAUSE ? PauseReason.REQUESTED : PauseReason.STEP, run, false);
        }
    }

    @Override
    public synchronized void checkStop() {
        if (stopping) {
            throw new Aborted();
        }
    }

    @Override
    public synchronized void sleepUntil(long deadlineNanos) throws InterruptedException {
        long left;
        while (!stopping && (left = deadlineNanos - System.nanoTime()) > 0) {
            wait(Math.max(1, left / 1_000_000));
        }
        checkStop();
    }

    private boolean hits(StateRun run) {
        Set<Breakpoint> current;
        synchronized (this) {
            current = breakpoints;
        }
        Integer iteration = run.strand.item == null ? null : run.strand.item.index();
        for (Breakpoint b : current) {
            if (b.matches(run.name, iteration, run.strand.branch)) {
                return true;
            }
        }
        return false;
    }

    private void pause(PauseReason reason, StateRun run, boolean beforeEntry) {
        Paused snapshot = PausedSnapshot.of(reason, run, beforeEntry, lastEvent());
        synchronized (this) {
            paused = snapshot;
            pausedBefore = beforeEntry ? run : null;
            mode = Mode.RUN;
        }
        listeners.forEach(l -> l.paused(snapshot));
        synchronized (this) {
            while (paused != null && !stopping) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopping = true;
                }
            }
            pausedBefore = null;
            checkStop();
        }
        listeners.forEach(DebugSession.Listener::resumed);
    }

    private synchronized @Nullable HistoryEvent lastEvent() {
        return lastEvent;
    }

    // Commands from other threads.

    synchronized void setBreakpoints(Set<Breakpoint> value) {
        breakpoints = Set.copyOf(value);
    }

    synchronized void command(DebugSession.Command command) {
        switch (command) {
            case PAUSE -> mode = Mode.PAUSE;
            case CONTINUE -> mode = Mode.RUN;
            case STEP_EVENT -> mode = Mode.STEP_EVENT;
            case STEP_STATE -> mode = Mode.STEP_STATE;
            case STOP -> stopping = true;
        }
        if (command != DebugSession.Command.PAUSE) {
            paused = null;
        }
        notifyAll();
    }

    synchronized @Nullable Paused paused() {
        return paused;
    }

    /**
     * Applies a what-if edit to the state the execution is paused before, and refreshes the pause snapshot. The
     * execution's thread is blocked in {@link #pause} on this monitor meanwhile, so the edit is safe and visible.
     */
    synchronized boolean whileBeforeEntry(java.util.function.Consumer<StateRun> edit) {
        StateRun run = pausedBefore;
        Paused current = paused;
        if (run == null || current == null) {
            return false;
        }
        edit.accept(run);
        paused = PausedSnapshot.of(current.reason(), run, true, lastEvent);
        return true;
    }

    synchronized Set<Breakpoint> breakpoints() {
        return breakpoints;
    }

    void addListener(DebugSession.Listener listener) {
        listeners.add(listener);
    }
}
