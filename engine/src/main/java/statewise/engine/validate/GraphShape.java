package statewise.engine.validate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import statewise.engine.model.State;
import statewise.engine.model.StateGraph;
import statewise.engine.model.Transition;

/**
 * The transition graph of one state graph, for reachability questions. Only transitions to states of the same
 * graph count (others are reported by {@link TransitionTargets}).
 */
final class GraphShape {

    private final StateGraph graph;
    private final Map<String, List<String>> successors = new HashMap<>();
    private final Map<String, List<String>> predecessors = new HashMap<>();

    GraphShape(StateGraph graph) {
        this.graph = graph;
        for (Map.Entry<String, State> e : graph.states().entrySet()) {
            for (Transition t : Transition.of(e.getValue())) {
                if (graph.states().containsKey(t.target())) {
                    successors.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(t.target());
                    predecessors.computeIfAbsent(t.target(), k -> new ArrayList<>()).add(e.getKey());
                }
            }
        }
    }

    /** States that some other state (or StartAt) names. */
    boolean isReferenced(String name) {
        if (name.equals(graph.startAt())) {
            return true;
        }
        for (String from : predecessors.getOrDefault(name, List.of())) {
            if (!from.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** States reachable from StartAt (empty when StartAt names no state). */
    Set<String> reachableFromStart() {
        String start = graph.startAt();
        if (start == null || !graph.states().containsKey(start)) {
            return Set.of();
        }
        return closure(List.of(start), successors);
    }

    /** States from which an ending state (End: true, Succeed, Fail) can be reached. */
    Set<String> canReachEnd() {
        List<String> ends = new ArrayList<>();
        graph.states().forEach((name, state) -> {
            if (Transition.ends(state)) {
                ends.add(name);
            }
        });
        return closure(ends, predecessors);
    }

    private static Set<String> closure(List<String> seeds, Map<String, List<String>> edges) {
        Set<String> seen = new HashSet<>(seeds);
        Deque<String> todo = new ArrayDeque<>(seeds);
        while (!todo.isEmpty()) {
            for (String next : edges.getOrDefault(todo.pop(), List.of())) {
                if (seen.add(next)) {
                    todo.push(next);
                }
            }
        }
        return seen;
    }
}
