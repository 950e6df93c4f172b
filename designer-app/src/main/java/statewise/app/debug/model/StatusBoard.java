package statewise.app.debug.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import statewise.engine.replay.HistoryScopes;
import statewise.engine.run.history.EventType;
import statewise.engine.run.history.HistoryEvent;

/**
 * The live status of every state of one run, for the canvas: pointer → status (not run, running, succeeded,
 * failed, caught, cancelled), Map and Parallel counters, and the transitions taken. It is fed batches of events on
 * the FX thread and tells its listeners once per batch which state pointers changed, so a view redraws only those.
 *
 * <p>A visit that fails and then exits was caught; one that fails and never exits failed; one still open when its
 * Parallel or Map ends, or when the execution stops, was cancelled, unless its own failure ended the run.
 */
public final class StatusBoard {

    /** A transition the run took, from one state's pointer to the next one's. */
    public record Transition(String from, String to) {
    }

    private final Map<String, String> pointers;
    private final Map<String, Counts> counts = new LinkedHashMap<>();
    private final Map<HistoryScopes.Visit, Open> open = new LinkedHashMap<>();
    private final Map<Transition, Integer> transitions = new LinkedHashMap<>();
    private final HistoryScopes scopes = new HistoryScopes();
    private final List<Consumer<Set<String>>> listeners = new CopyOnWriteArrayList<>();
    private Set<String> changed = new LinkedHashSet<>();

    /** @param pointers each state's JSON pointer by its name */
    public StatusBoard(Map<String, String> pointers) {
        this.pointers = Map.copyOf(pointers);
    }

    /** Hears the pointers whose status or counters changed, once per batch. */
    public void addListener(Consumer<Set<String>> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Set<String>> listener) {
        listeners.remove(listener);
    }

    /** Takes a batch of events (in id order) and tells the listeners what changed. */
    public void accept(Collection<HistoryEvent> events) {
        events.forEach(this::accept);
        if (!changed.isEmpty()) {
            Set<String> batch = Set.copyOf(changed);
            changed = new LinkedHashSet<>();
            listeners.forEach(l -> l.accept(batch));
        }
    }

    /** The state at {@code pointer}: its status and counts. */
    public StateTally tally(String pointer) {
        Counts c = counts.get(pointer);
        return c == null ? StateTally.NOT_RUN : c.tally();
    }

    /** Every state that ran, by pointer. */
    public Map<String, StateTally> tallies() {
        Map<String, StateTally> all = new LinkedHashMap<>();
        counts.forEach((pointer, c) -> all.put(pointer, c.tally()));
        return all;
    }

    /** The transitions taken, with how often, in the order first taken. */
    public Map<Transition, Integer> transitions() {
        return Map.copyOf(transitions);
    }

    /** The visit an event of this run belongs to, or null for the execution's own events. */
    public HistoryScopes.@Nullable Visit visitOf(long eventId) {
        return scopes.visitOf(eventId);
    }

    /** The pointer of the state named {@code name}, or null when the definition has no such state. */
    public @Nullable String pointerOf(String name) {
        return pointers.get(name);
    }

    private void accept(HistoryEvent event) {
        HistoryScopes.Visit visit = scopes.accept(event);
        EventType type = event.type();
        String aws = type.awsName();
        if (aws.startsWith("Execution")) {
            if (type != EventType.EXECUTION_STARTED && type != EventType.EXECUTION_SUCCEEDED) {
                endAll(event, type == EventType.EXECUTION_FAILED);
            }
            return;
        }
        if (visit == null) {
            return;
        }
        if (aws.endsWith("StateEntered")) {
            entered(event, visit);
        } else if (aws.endsWith("StateExited")) {
            Open o = open.get(visit);
            close(visit, o != null && o.failed ? StateStatus.CAUGHT : StateStatus.SUCCEEDED);
        } else if (aws.endsWith("StateAborted")) {
            close(visit, StateStatus.CANCELLED);
        } else if (aws.startsWith("MapIteration")) {
            iteration(visit, type);
        } else if (Failures.isFailure(type)) {
            flag(visit, true);
            if (type == EventType.PARALLEL_STATE_FAILED || type == EventType.MAP_STATE_FAILED) {
                endChildren(visit);
            }
        } else if (Failures.isRetryStart(type)) {
            flag(visit, false);
        } else if (type == EventType.PARALLEL_STATE_SUCCEEDED || type == EventType.MAP_STATE_SUCCEEDED) {
            Open o = open.get(visit);
            if (o != null && type == EventType.PARALLEL_STATE_SUCCEEDED) {
                counts(visit).iterationsSucceeded += o.branches;
                touch(visit);
            }
            endChildren(visit);
        }
    }

    private void entered(HistoryEvent event, HistoryScopes.Visit visit) {
        Counts c = counts(visit);
        c.entered++;
        c.running++;
        open.put(visit, new Open());
        touch(visit);
        HistoryScopes.Visit parent = visit.parent();
        if (visit.branch() && parent != null) {
            Open o = open.get(parent);
            if (o != null) {
                o.branches++;
            }
            counts(parent).iterationsStarted++;
            touch(parent);
        }
        HistoryScopes.Visit before = scopes.visitOf(event.previousEventId());
        if (before != null && before != parent) {
            String from = pointers.get(before.state());
            String to = pointers.get(visit.state());
            if (from != null && to != null) {
                transitions.merge(new Transition(from, to), 1, Integer::sum);
            }
        }
        if (event.type() == EventType.FAIL_STATE_ENTERED) {
            close(visit, StateStatus.FAILED);
        }
    }

    private void iteration(HistoryScopes.Visit map, EventType type) {
        Counts c = counts(map);
        switch (type) {
            case MAP_ITERATION_STARTED -> c.iterationsStarted++;
            case MAP_ITERATION_SUCCEEDED -> c.iterationsSucceeded++;
            case MAP_ITERATION_FAILED -> c.iterationsFailed++;
            default -> c.iterationsAborted++;
        }
        touch(map);
    }

    private void flag(HistoryScopes.Visit visit, boolean failed) {
        Open o = open.get(visit);
        if (o != null) {
            o.failed = failed;
        }
    }

    /** Closes the visits still open inside a Parallel or Map visit that ends. */
    private void endChildren(HistoryScopes.Visit owner) {
        List<HistoryScopes.Visit> inside = new ArrayList<>();
        for (HistoryScopes.Visit v : open.keySet()) {
            if (v != owner && within(v, owner)) {
                inside.add(v);
            }
        }
        inside.forEach(v -> close(v, open.get(v).failed ? StateStatus.FAILED : StateStatus.CANCELLED));
    }

    /** The execution ended early: what failed failed (and what its end follows from), the rest was cancelled. */
    private void endAll(HistoryEvent end, boolean failed) {
        HistoryScopes.Visit cause = failed ? scopes.visitOf(end.previousEventId()) : null;
        Set<HistoryScopes.Visit> culprits = new HashSet<>();
        for (HistoryScopes.Visit v = cause; v != null; v = v.parent()) {
            culprits.add(v);
        }
        for (HistoryScopes.Visit v : List.copyOf(open.keySet())) {
            boolean blame = failed && (open.get(v).failed || culprits.contains(v));
            close(v, blame ? StateStatus.FAILED : StateStatus.CANCELLED);
        }
    }

    private static boolean within(HistoryScopes.Visit visit, HistoryScopes.Visit owner) {
        for (HistoryScopes.Visit v = visit.parent(); v != null; v = v.parent()) {
            if (v == owner) {
                return true;
            }
        }
        return false;
    }

    private void close(HistoryScopes.Visit visit, StateStatus status) {
        if (open.remove(visit) == null) {
            return;
        }
        Counts c = counts(visit);
        c.running--;
        switch (status) {
            case SUCCEEDED -> c.succeeded++;
            case FAILED -> c.failed++;
            case CAUGHT -> c.caught++;
            default -> c.cancelled++;
        }
        touch(visit);
    }

    private Counts counts(HistoryScopes.Visit visit) {
        return counts.computeIfAbsent(key(visit), k -> new Counts());
    }

    private void touch(HistoryScopes.Visit visit) {
        changed.add(key(visit));
    }

    private String key(HistoryScopes.Visit visit) {
        return pointers.getOrDefault(visit.state(), visit.state());
    }

    /** One open visit: whether its latest attempt failed, and the branches it started (Parallel). */
    private static final class Open {
        boolean failed;
        int branches;
    }

    private static final class Counts {
        int entered;
        int running;
        int succeeded;
        int failed;
        int caught;
        int cancelled;
        int iterationsStarted;
        int iterationsSucceeded;
        int iterationsFailed;
        int iterationsAborted;

        StateTally tally() {
            return new StateTally(status(), entered, running, succeeded, failed, caught, cancelled, iterationsStarted,
                    iterationsSucceeded, iterationsFailed, iterationsAborted);
        }

        private StateStatus status() {
            if (running > 0) {
                return StateStatus.RUNNING;
            }
            if (failed > 0) {
                return StateStatus.FAILED;
            }
            if (caught > 0) {
                return StateStatus.CAUGHT;
            }
            if (cancelled > 0) {
                return StateStatus.CANCELLED;
            }
            return entered > 0 ? StateStatus.SUCCEEDED : StateStatus.NOT_RUN;
        }
    }
}
