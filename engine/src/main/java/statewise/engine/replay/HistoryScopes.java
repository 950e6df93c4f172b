package statewise.engine.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.history.EventType;
import statewise.engine.run.history.HistoryEvent;

/**
 * Tells, for every event of a history, which state visit it belongs to and on which strand it happened: the
 * execution itself, a Parallel branch or a Map iteration. AWS interleaves the events of concurrent branches and
 * iterations and links each to the one it follows from ({@code previousEventId}); this class follows those links
 * forward, in id order, the way both AWS and the interpreter write them: a branch's first state follows its
 * {@code ParallelStateStarted}, an iteration's first state its {@code MapIterationStarted}, and the events that
 * close a Parallel or Map state (or retry it) follow the last event of one of its branches or iterations.
 *
 * <p>It reads a whole history at once ({@link #of}) or one event at a time as a live run records them
 * ({@link #accept}), in constant time per event apart from the walk out of nested Map and Parallel states.
 *
 * <p>Precondition: events sorted by id. Postcondition: every event a state caused is given to that state's visit,
 * unless the links are broken (e.g. a history whose Parallel events were re-ordered); {@link #unattributed()}
 * counts those.
 */
public final class HistoryScopes {

    /**
     * One visit of a state, opened by its {@code …StateEntered} event.
     *
     * @param strand   where it ran: {@code ""} for the execution, else e.g. {@code "Process iteration 3"} or
     *                 {@code "Notify branch SendMail"}, outermost first, joined by {@code " / "}
     * @param mapIndex the index of the Map iteration it ran in directly (not through a Parallel branch), else -1:
     *                 what {@code $$.Map.Item.Index} is for the state
     * @param ordinal  how many visits its strand made before this one
     * @param parent   the Parallel or Map visit whose branch or iteration it runs in, or null at the top
     * @param branch   whether it is the first state of a Parallel branch
     */
    public record Visit(HistoryEvent entered, String state, String strand, int mapIndex, int ordinal,
            @Nullable Visit parent, boolean branch) {

        /** Visits are occurrences: two are the same visit only when they are the same object. */
        @Override
        public boolean equals(@Nullable Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        /** The state's input, or null when the history holds none (exported without execution data). */
        public @Nullable JsonNode input() {
            ObjectNode details = entered.details();
            return details == null ? null : details.get("input");
        }

        /** The state and where it ran, for messages: {@code 'Charge' (in Orders iteration 2)}. */
        public String describe() {
            return "'" + state + "'" + (strand.isEmpty() ? "" : " (in " + strand + ")");
        }
    }

    /** A thread of control, with the visit it is in (null between states). */
    private static final class Strand {
        final @Nullable Strand parent;
        final String path;
        final int mapIndex;
        final @Nullable String mapState;
        /** The Parallel or Map visit that started this branch or iteration, null for the execution. */
        final @Nullable Visit opener;
        final Map<String, Integer> children = new HashMap<>();
        int visits;
        @Nullable Visit open;

        Strand(@Nullable Strand parent, String path, int mapIndex, @Nullable String mapState,
                @Nullable Visit opener) {
            this.parent = parent;
            this.path = path;
            this.mapIndex = mapIndex;
            this.mapState = mapState;
            this.opener = opener;
        }

        /** A branch or iteration started from this strand; a second one with the same label is a retry's. */
        Strand child(String label, int index, @Nullable String map) {
            int run = children.merge(label, 1, Integer::sum);
            String named = run == 1 ? label : label + " (run " + run + ")";
            return new Strand(this, path.isEmpty() ? named : path + " / " + named, index, map, open);
        }
    }

    private final Strand root = new Strand(null, "", -1, null, null);
    private final List<Visit> visits = new ArrayList<>();
    private final Map<Long, Visit> visitByEvent = new HashMap<>();
    private final Map<Long, Strand> strandByEvent = new HashMap<>();
    private final Map<Long, EventType> typeByEvent = new HashMap<>();
    private int unattributed;

    /** Scopes with no events yet, to be fed one by one through {@link #accept}. */
    public HistoryScopes() {
    }

    public static HistoryScopes of(List<HistoryEvent> events) {
        HistoryScopes scopes = new HistoryScopes();
        events.forEach(scopes::accept);
        return scopes;
    }

    /**
     * Takes the next event (its id must follow the ones taken before) and tells which visit it belongs to.
     *
     * @return its visit, or null for the execution's own events and unattributed ones
     */
    public @Nullable Visit accept(HistoryEvent event) {
        process(event);
        return visitByEvent.get(event.id());
    }

    /** Every state visit, in the order they began. */
    public List<Visit> visits() {
        return List.copyOf(visits);
    }

    /** The visit {@code event} belongs to, or null for the execution's own events and unattributed ones. */
    public @Nullable Visit visitOf(HistoryEvent event) {
        return visitOf(event.id());
    }

    /** The visit of the event with id {@code eventId} taken so far, or null (as {@link #visitOf(HistoryEvent)}). */
    public @Nullable Visit visitOf(long eventId) {
        return visitByEvent.get(eventId);
    }

    /** How many events of states could not be given to a visit. */
    public int unattributed() {
        return unattributed;
    }

    private void process(HistoryEvent event) {
        Strand from = strandByEvent.getOrDefault(event.previousEventId(), root);
        String aws = event.type().awsName();
        String name = event.details() == null ? "" : event.details().path("name").asText("");
        int index = event.details() == null ? -1 : event.details().path("index").asInt(-1);
        Strand at;
        if (aws.startsWith("Execution")) {
            at = root;
        } else if (aws.endsWith("StateEntered")) {
            boolean branch = typeByEvent.get(event.previousEventId()) == EventType.PARALLEL_STATE_STARTED;
            at = branch ? from.child(branchLabel(from, name), -1, null) : from;
            Visit visit = new Visit(event, name, at.path, at.mapIndex, at.visits++, at.opener, branch);
            at.open = visit;
            visits.add(visit);
        } else if (aws.endsWith("StateExited")) {
            at = up(from, s -> s.open != null && s.open.state().equals(name));
        } else if (event.type() == EventType.MAP_ITERATION_STARTED) {
            at = iteration(from, name, index);
        } else if (aws.startsWith("MapIteration")) {
            at = up(from, s -> name.equals(s.mapState) && s.mapIndex == index);
        } else {
            at = up(from, owner(event.type()));
        }
        if (at == null) {
            unattributed++;
            at = from;
        }
        Visit visit = aws.startsWith("MapIteration") && at.parent != null ? at.parent.open : at.open;
        if (visit != null && !aws.startsWith("Execution")) {
            visitByEvent.put(event.id(), visit);
        }
        if (aws.endsWith("StateExited") || aws.endsWith("StateAborted")) {
            at.open = null;
        }
        strandByEvent.put(event.id(), at);
        typeByEvent.put(event.id(), event.type());
    }

    /** The strand of a new iteration of Map state {@code map}: a child of the strand that is in that state. */
    private @Nullable Strand iteration(Strand from, String map, int index) {
        Strand owner = up(from, s -> s.open != null && s.open.entered().type() == EventType.MAP_STATE_ENTERED
                && s.open.state().equals(map));
        return owner == null ? null : owner.child(map + " iteration " + index, index, map);
    }

    private static String branchLabel(Strand parallel, String firstState) {
        return (parallel.open == null ? "" : parallel.open.state() + " ") + "branch " + firstState;
    }

    /** Which open visit an event of this type belongs to. */
    private static Predicate<Strand> owner(EventType type) {
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
            return s -> s.open != null;
        }
        return s -> s.open != null && s.open.entered().type() == entered;
    }

    /** The nearest strand from {@code from} outwards that matches, or null. */
    private static @Nullable Strand up(Strand from, Predicate<Strand> match) {
        for (Strand s = from; s != null; s = s.parent) {
            if (match.test(s)) {
                return s;
            }
        }
        return null;
    }
}
