package statewise.app.debug.model;

import java.util.List;

/**
 * One row of the timeline: a visit of a state drawn from its entry to its exit on the execution's clock, with its
 * attempts, the back-offs between them (retries), and Wait states' waits, as the AWS console's timeline draws it.
 * Times are milliseconds since the execution started.
 *
 * @param state    the state's name
 * @param strand   where it ran: empty for the execution, else e.g. {@code Process iteration 3}
 * @param enteredId the id of its {@code …StateEntered} event (selecting the bar selects that event)
 * @param open     true while it has not ended yet (then {@code end} is the latest event's time)
 * @param segments its attempts, back-offs and waits, in time order; empty for states that do neither
 */
public record TimelineBar(String state, String strand, long enteredId, long start, long end, boolean open,
        StateStatus status, List<Segment> segments) {

    /** What a stretch of a bar is. */
    public enum Kind {
        /** One attempt of a Task (or Map, Parallel) state: from its scheduling to its result. */
        ATTEMPT,
        /** An attempt that failed. */
        FAILED_ATTEMPT,
        /** The back-off between a failed attempt and the retry (Retry's IntervalSeconds). */
        BACKOFF,
        /** A Wait state waiting. */
        WAIT
    }

    /** A stretch of a bar, in milliseconds since the execution started. */
    public record Segment(Kind kind, long start, long end) {
    }

    public TimelineBar {
        segments = List.copyOf(segments);
    }

    /** How many attempts it made (1 when it never retried; 0 for states without attempts). */
    public int attempts() {
        return (int) segments.stream().filter(s -> s.kind() == Kind.ATTEMPT || s.kind() == Kind.FAILED_ATTEMPT)
                .count();
    }

    /** A label for the row: {@code Charge (in Orders iteration 2)}. */
    public String label() {
        return strand.isEmpty() ? state : state + " (in " + strand + ")";
    }
}
