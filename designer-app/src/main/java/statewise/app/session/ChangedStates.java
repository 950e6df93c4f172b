package statewise.app.session;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.AslDocument;
import statewise.engine.document.JsonPointer;
import statewise.engine.model.Branch;
import statewise.engine.model.MapState;
import statewise.engine.model.ParallelState;
import statewise.engine.model.State;
import statewise.engine.model.StateGraph;
import statewise.engine.model.StateMachine;

/**
 * Which parts of the model differ between two readings, as pointers, so views redraw only those: each state added,
 * removed or changed (a changed nested state also changes the Parallel or Map holding it), {@code /StartAt} when
 * the start moved, the pointer of each of the machine's own fields that concern no state ({@code /Comment},
 * {@code /TimeoutSeconds}, {@code /Version}), and the root {@code ""} when something that concerns every state
 * changed (the query language, the kind of document) or no model could be read.
 */
public final class ChangedStates {

    /** The start pointer, reported when only {@code StartAt} changed. */
    public static final String START_AT = "/StartAt";

    /** What the pointer of every top-level state starts with; nested states are inside those. */
    private static final String STATES = "/States/";

    /** The other side of a graph that only one reading has. */
    private static final StateGraph NO_STATES = new Branch(null, null, Map.of(), Map.of());

    private ChangedStates() {
    }

    public static Set<String> between(AslDocument before, AslDocument after) {
        if (before == after) {
            return Set.of();
        }
        StateMachine a = before.stateMachine();
        StateMachine b = after.stateMachine();
        if (before.kind() != after.kind() || (a == null) != (b == null)
                || (before.state() == null) != (after.state() == null)) {
            return Set.of(JsonPointer.ROOT);
        }
        Set<String> changed = new HashSet<>();
        if (a != null && b != null) {
            if (!Objects.equals(a.queryLanguage(), b.queryLanguage()) || !a.extras().equals(b.extras())) {
                return Set.of(JsonPointer.ROOT);
            }
            if (!Objects.equals(a.startAt(), b.startAt())) {
                changed.add(START_AT);
            }
            addIfChanged(changed, "/Comment", a.comment(), b.comment());
            addIfChanged(changed, "/TimeoutSeconds", a.timeoutSeconds(), b.timeoutSeconds());
            addIfChanged(changed, "/Version", a.version(), b.version());
        }
        if (a != null && b != null) {
            compareGraphs(a, b, JsonPointer.ROOT, changed);
        } else if (before.state() != null && !before.state().equals(after.state())) {
            changed.add(JsonPointer.ROOT);
        }
        return Set.copyOf(changed);
    }

    /**
     * Adds the pointer of every state of either graph (both at {@code graphPointer}) that the other does not hold
     * equal. Equal states are equal all the way down, so only changed ones are looked into and named: a keystroke
     * costs one comparison per state and no pointer for the states it left alone.
     */
    private static void compareGraphs(StateGraph a, StateGraph b, String graphPointer, Set<String> changed) {
        String statesPointer = JsonPointer.child(graphPointer, "States");
        a.states().forEach((name, state) -> {
            State other = b.states().get(name);
            if (!state.equals(other)) {
                compareStates(state, other, JsonPointer.child(statesPointer, name), changed);
            }
        });
        b.states().forEach((name, state) -> {
            if (!a.states().containsKey(name)) {
                compareStates(null, state, JsonPointer.child(statesPointer, name), changed);
            }
        });
    }

    /** Adds {@code pointer}, where the two differ, and the pointers of the nested states that differ. */
    private static void compareStates(@Nullable State a, @Nullable State b, String pointer, Set<String> changed) {
        changed.add(pointer);
        Map<String, StateGraph> nestedA = nestedGraphs(a, pointer);
        Map<String, StateGraph> nestedB = nestedGraphs(b, pointer);
        nestedA.forEach((graphPointer, graph) -> compareGraphs(graph,
                nestedB.getOrDefault(graphPointer, NO_STATES), graphPointer, changed));
        nestedB.forEach((graphPointer, graph) -> {
            if (!nestedA.containsKey(graphPointer)) {
                compareGraphs(NO_STATES, graph, graphPointer, changed);
            }
        });
    }

    /** The graphs a Parallel or Map state holds, by pointer ({@link StatePointers} names their states). */
    private static Map<String, StateGraph> nestedGraphs(@Nullable State state, String pointer) {
        Map<String, StateGraph> graphs = new LinkedHashMap<>();
        if (state instanceof ParallelState parallel && parallel.branches() != null) {
            List<Branch> branches = parallel.branches();
            for (int i = 0; i < branches.size(); i++) {
                graphs.put(JsonPointer.child(JsonPointer.child(pointer, "Branches"), i), branches.get(i));
            }
        } else if (state instanceof MapState map && map.processor() != null) {
            graphs.put(JsonPointer.child(pointer, map.itemProcessor() != null ? "ItemProcessor" : "Iterator"),
                    map.processor());
        }
        return graphs;
    }

    /**
     * True when {@code affected} (what {@link #between} found) names something the diagram and the outline show:
     * a state, the start, or everything. A change to the machine's comment, say, leaves both as they are.
     */
    public static boolean touchesStates(Set<String> affected) {
        for (String pointer : affected) {
            if (pointer.equals(JsonPointer.ROOT) || pointer.equals(START_AT) || pointer.startsWith(STATES)) {
                return true;
            }
        }
        return false;
    }

    private static void addIfChanged(Set<String> changed, String pointer, @Nullable Object a, @Nullable Object b) {
        if (!Objects.equals(a, b)) {
            changed.add(pointer);
        }
    }
}
