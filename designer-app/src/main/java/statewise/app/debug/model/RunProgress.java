package statewise.app.debug.model;

import java.util.List;
import java.util.Locale;
import statewise.engine.run.history.EventType;
import statewise.engine.run.history.HistoryEvent;

/**
 * How far a run has got, read from its history events: the states it has left, and of the Map iterations announced
 * so far (each MapStateStarted says how many items its Map has) how many have ended. The status bar shows a run as a
 * job with this: a determinate bar once a Map's item count is known, a moving one before.
 */
public final class RunProgress {

    private long statesDone;
    private long iterationsDone;
    private long iterationsTotal;

    /** Takes a batch of the run's events, in order. */
    public void accept(List<HistoryEvent> events) {
        for (HistoryEvent event : events) {
            EventType type = event.type();
            switch (type) {
                case MAP_STATE_STARTED -> iterationsTotal += event.details() == null ? 0
                        : Math.max(0, event.details().path("length").asLong(0));
                case MAP_ITERATION_SUCCEEDED, MAP_ITERATION_FAILED, MAP_ITERATION_ABORTED -> iterationsDone++;
                default -> {
                    if (type.name().endsWith("_STATE_EXITED")) {
                        statesDone++;
                    }
                }
            }
        }
    }

    /** Map iterations that have ended. */
    public long done() {
        return iterationsDone;
    }

    /** Map iterations announced so far; 0 while no Map has started (the progress is then unknown). */
    public long total() {
        return iterationsTotal;
    }

    /** For the status bar: {@code 12 states done · 340 of 1,000 Map items}. */
    public String summary() {
        String states = String.format(Locale.ROOT, "%,d %s done", statesDone, statesDone == 1 ? "state" : "states");
        return iterationsTotal == 0 ? states
                : states + String.format(Locale.ROOT, " · %,d of %,d Map items", iterationsDone, iterationsTotal);
    }
}
