package statewise.engine.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.history.EventType;
import statewise.engine.run.history.HistoryEvent;
import statewise.engine.run.history.HistoryListener;

/** Numbers, timestamps, keeps and announces an execution's history events. */
final class HistoryRecorder {

    private final List<HistoryEvent> events = new ArrayList<>();
    private final List<HistoryListener> listeners;
    private final ExecutionClock clock;
    private final int maxEvents;

    HistoryRecorder(ExecutionClock clock, List<HistoryListener> listeners, int maxEvents) {
        this.clock = clock;
        this.listeners = List.copyOf(listeners);
        this.maxEvents = maxEvents;
    }

    /** Records an event following {@code previous} and returns its id. */
    long record(EventType type, long previous, @Nullable ObjectNode details) {
        HistoryEvent event = new HistoryEvent(events.size() + 1L, previous, clock.now(), type, details);
        events.add(event);
        for (HistoryListener listener : listeners) {
            listener.onEvent(event);
        }
        return event.id();
    }

    boolean full() {
        return events.size() >= maxEvents;
    }

    List<HistoryEvent> events() {
        return events;
    }
}
