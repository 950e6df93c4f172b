package statewise.app.debug.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import statewise.engine.replay.HistoryScopes;
import statewise.engine.run.history.EventType;
import statewise.engine.run.history.HistoryEvent;

/**
 * Builds the timeline of a history: one {@link TimelineBar} per state visit, in the order the visits began, with
 * the engine's {@link HistoryScopes} telling which visit each event belongs to.
 *
 * <p>Precondition: events sorted by id. Postcondition: every visit has one bar; a bar's segments lie within it.
 */
public final class Timeline {

    private Timeline() {
    }

    /**
     * @param finished whether the execution has ended: visits never closed then ended with it, else they still run
     */
    public static List<TimelineBar> of(List<HistoryEvent> events, boolean finished) {
        if (events.isEmpty()) {
            return List.of();
        }
        Instant origin = events.get(0).timestamp();
        Instant last = events.get(events.size() - 1).timestamp();
        HistoryScopes scopes = HistoryScopes.of(events);
        Map<HistoryScopes.Visit, List<HistoryEvent>> byVisit = new LinkedHashMap<>();
        scopes.visits().forEach(v -> byVisit.put(v, new ArrayList<>()));
        for (HistoryEvent event : events) {
            HistoryScopes.Visit visit = scopes.visitOf(event);
            if (visit != null && byVisit.containsKey(visit)) {
                byVisit.get(visit).add(event);
            }
        }
        List<TimelineBar> bars = new ArrayList<>(byVisit.size());
        byVisit.forEach((visit, own) -> bars.add(bar(visit, own, origin, last, finished)));
        return bars;
    }

    /** The Map iterations and Parallel branches the bars ran in, in the order they began (not the top level). */
    public static List<String> strands(List<TimelineBar> bars) {
        return bars.stream().map(TimelineBar::strand).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /**
     * The status of each state within one iteration or branch ({@code strand}, with what runs nested in it), by
     * the state's name: the most telling of its visits there, as the canvas colours a whole run.
     */
    public static Map<String, StateStatus> statuses(List<TimelineBar> bars, String strand) {
        Map<String, StateStatus> out = new LinkedHashMap<>();
        for (TimelineBar bar : bars) {
            if (bar.strand().equals(strand) || bar.strand().startsWith(strand + " / ")) {
                out.merge(bar.state(), bar.status(), Timeline::telling);
            }
        }
        return out;
    }

    private static StateStatus telling(StateStatus a, StateStatus b) {
        List<StateStatus> order = List.of(StateStatus.RUNNING, StateStatus.FAILED, StateStatus.CAUGHT,
                StateStatus.CANCELLED, StateStatus.SUCCEEDED, StateStatus.NOT_RUN);
        return order.indexOf(a) <= order.indexOf(b) ? a : b;
    }

    private static TimelineBar bar(HistoryScopes.Visit visit, List<HistoryEvent> own, Instant origin, Instant last,
            boolean finished) {
        long start = millis(origin, visit.entered().timestamp());
        List<TimelineBar.Segment> segments = new ArrayList<>();
        long attemptStart = -1;
        long failedAt = -1;
        boolean failed = false;
        StateStatus status = null;
        long end = millis(origin, last);
        for (HistoryEvent event : own) {
            long at = millis(origin, event.timestamp());
            EventType type = event.type();
            String aws = type.awsName();
            if (Failures.isRetryStart(type)) {
                if (failedAt >= 0) {
                    segments.add(new TimelineBar.Segment(TimelineBar.Kind.BACKOFF, failedAt, at));
                }
                attemptStart = at;
                failedAt = -1;
                failed = false;
            } else if (Failures.isFailure(type)) {
                failed = true;
                failedAt = at;
                if (attemptStart >= 0) {
                    segments.add(new TimelineBar.Segment(TimelineBar.Kind.FAILED_ATTEMPT, attemptStart, at));
                    attemptStart = -1;
                }
            } else if (attemptStart >= 0 && (aws.endsWith("Succeeded") && !aws.startsWith("MapIteration"))) {
                segments.add(new TimelineBar.Segment(TimelineBar.Kind.ATTEMPT, attemptStart, at));
                attemptStart = -1;
            }
            if (aws.endsWith("StateExited")) {
                status = failed ? StateStatus.CAUGHT : StateStatus.SUCCEEDED;
                end = at;
            } else if (aws.endsWith("StateAborted")) {
                status = StateStatus.CANCELLED;
                end = at;
            } else if (type == EventType.FAIL_STATE_ENTERED) {
                status = StateStatus.FAILED;
                end = at;
            }
        }
        boolean open = status == null && !finished;
        if (status == null) {
            status = open ? StateStatus.RUNNING : failed ? StateStatus.FAILED : StateStatus.CANCELLED;
        }
        if (attemptStart >= 0) {
            segments.add(new TimelineBar.Segment(TimelineBar.Kind.ATTEMPT, attemptStart, end));
        }
        if (visit.entered().type() == EventType.WAIT_STATE_ENTERED) {
            segments.add(new TimelineBar.Segment(TimelineBar.Kind.WAIT, start, end));
        }
        return new TimelineBar(visit.state(), visit.strand(), visit.entered().id(), start, end, open, status,
                segments);
    }

    private static long millis(Instant origin, Instant at) {
        return Duration.between(origin, at).toMillis();
    }
}
