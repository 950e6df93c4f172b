package statewise.app.debug.model;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.history.EventType;
import statewise.engine.run.history.HistoryEvent;

/**
 * Tells, event by event as they stream in, which state visit each event belongs to. The engine's
 * {@code HistoryScopes} does this for a whole history at once; a live run needs it one event at a time, in constant
 * time per event, so that a Map of 10,000 items stays smooth. Like {@code HistoryScopes}, it follows
 * {@code previousEventId} links: an event belongs to the visit of the event it follows, or to the nearest enclosing
 * visit of the state its type belongs to (a {@code MapStateSucceeded} follows the last event of an iteration).
 *
 * <p>Precondition: events arrive in id order, as the engine records them. State names are unique in a state
 * machine, so a name identifies a state.
 */
public final class VisitTracker {

    /**
     * One visit of a state.
     *
     * @param enteredId the id of its {@code …StateEntered} event
     * @param parent    the Parallel or Map visit whose branch or iteration it runs in, or null at the top
     * @param branch    true when it is the first state of a Parallel branch
     */
    public record Visit(long enteredId, String state, EventType enteredType, @Nullable Visit parent,
            boolean branch) {
    }

    private final Map<Long, Visit> visitByEvent = new HashMap<>();
    private final Map<Long, EventType> typeByEvent = new HashMap<>();

    /** Attributes {@code event}; returns its visit, or null for the execution's own events. */
    public @Nullable Visit accept(HistoryEvent event) {
        EventType type = event.type();
        String aws = type.awsName();
        Visit from = visitByEvent.get(event.previousEventId());
        Visit at;
        if (aws.startsWith("Execution")) {
            at = null;
        } else if (aws.endsWith("StateEntered")) {
            EventType previous = typeByEvent.get(event.previousEventId());
            boolean opensChild = previous == EventType.PARALLEL_STATE_STARTED
                    || previous == EventType.MAP_ITERATION_STARTED;
            Visit parent = opensChild ? from : from == null ? null : from.parent();
            at = new Visit(event.id(), name(event), type, parent, previous == EventType.PARALLEL_STATE_STARTED);
        } else if (aws.endsWith("StateExited") || aws.startsWith("MapIteration")) {
            String name = name(event);
            at = orElse(up(from, v -> v.state().equals(name)), from);
        } else {
            at = orElse(up(from, owner(type)), from);
        }
        if (at != null) {
            visitByEvent.put(event.id(), at);
        }
        typeByEvent.put(event.id(), type);
        return at;
    }

    /** The visit an event already accepted belongs to. */
    public @Nullable Visit visitOf(long eventId) {
        return visitByEvent.get(eventId);
    }

    static String name(HistoryEvent event) {
        return event.details() == null ? "" : event.details().path("name").asText("");
    }

    private static @Nullable Visit orElse(@Nullable Visit found, @Nullable Visit fallback) {
        return found != null ? found : fallback;
    }

    /** Which visit an event of this type belongs to: the nearest one of the state type that records it. */
    private static Predicate<Visit> owner(EventType type) {
        String aws = type.awsName();
        EventType entered;
        if (aws.startsWith("ParallelState")) {
            entered = EventType.PARALLEL_STATE_ENTERED;
        } else if (aws.startsWith("MapState") || aws.startsWith("MapRun")) {
            entered = EventType.MAP_STATE_ENTERED;
        } else if (aws.startsWith("WaitState")) {
            entered = EventType.WAIT_STATE_ENTERED;
        } else if (aws.startsWith("Task") || aws.startsWith("LambdaFunction") || aws.startsWith("Activity")) {
            entered = EventType.TASK_STATE_ENTERED;
        } else {
            return v -> true;
        }
        return v -> v.enteredType() == entered;
    }

    private static @Nullable Visit up(@Nullable Visit from, Predicate<Visit> match) {
        for (Visit v = from; v != null; v = v.parent()) {
            if (match.test(v)) {
                return v;
            }
        }
        return null;
    }
}
