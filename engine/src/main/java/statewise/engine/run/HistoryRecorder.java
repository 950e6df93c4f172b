package statewise.engine.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.history.ChildExecutionListener;
import statewise.engine.run.history.EventType;
import statewise.engine.run.history.HistoryEvent;
import statewise.engine.run.history.HistoryListener;

/** Numbers, timestamps, keeps and announces an execution's history events. */
final class HistoryRecorder {

    private final List<HistoryEvent> events = new ArrayList<>();
    private final List<HistoryListener> listeners;
    private final List<ChildExecutionListener> childListeners;
    private final ExecutionClock clock;
    private final int maxEvents;

    HistoryRecorder(ExecutionClock clock, List<HistoryListener> listeners, int maxEvents) {
        this.clock = clock;
        this.listeners = List.copyOf(listeners);
        this.childListeners = listeners.stream().filter(ChildExecutionListener.class::isInstance)
                .map(ChildExecutionListener.class::cast).toList();
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

    /**
     * Announces an event of a child execution's {@code strand} following {@code previous} (only to the listeners
     * that want them; nothing is kept) and returns its id in that strand's chain.
     */
    long recordChild(List<String> strand, EventType type, long previous, @Nullable ObjectNode details) {
        long id = previous + 1;
        if (!childListeners.isEmpty()) {
            HistoryEvent event = new HistoryEvent(id, previous, clock.now(), type, details);
            String where = String.join(" / ", strand);
            for (ChildExecutionListener listener : childListeners) {
                listener.onChildEvent(where, event);
            }
        }
        return id;
    }

    boolean full() {
        return events.size() >= maxEvents;
    }

    List<HistoryEvent> events() {
        return events;
    }
}
