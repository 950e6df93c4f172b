package statewise.engine.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import statewise.engine.model.State;
import statewise.engine.model.StateGraph;
import statewise.engine.model.Transition;

/**
 * The transition graph of one state graph, for reachability questions. Only transitions to states of the same
 * graph count (others are reported by {@link TransitionTargets}). States are numbered in document order (the
 * order of {@link StateGraph#states()}), and the answers are arrays by that number: the graph is walked on every
 * keystroke, and numbers spare a hash lookup per edge and per state.
 */
final class GraphShape {

    private final StateGraph graph;
    private final String[] names;
    private final int[][] successors;
    private final int[][] predecessors;
    private final boolean[] referenced;
    private final Map<String, Integer> index;
    /** By state: its transitions to names that are not states of the graph; null when it has none. */
    private final List<Transition>[] missing;

    @SuppressWarnings("unchecked")
    GraphShape(StateGraph graph) {
        this.graph = graph;
        int n = graph.states().size();
        this.names = graph.states().keySet().toArray(new String[0]);
        this.index = new HashMap<>(n * 4 / 3 + 1);
        for (int i = 0; i < n; i++) {
            index.put(names[i], i);
        }
        this.missing = new List[n];
        Edges edges = new Edges();
        int from = 0;
        for (State state : graph.states().values()) {
            for (Transition t : Transition.of(state)) {
                Integer to = index.get(t.target());
                if (to != null) {
                    edges.add(from, to);
                } else {
                    if (missing[from] == null) {
                        missing[from] = new ArrayList<>(1);
                    }
                    missing[from].add(t);
                }
            }
            from++;
        }
        this.successors = edges.adjacency(n, false);
        this.predecessors = edges.adjacency(n, true);
        this.referenced = new boolean[n];
        String start = graph.startAt();
        for (int i = 0; i < n; i++) {
            referenced[i] = names[i].equals(start) || namedByOther(i);
        }
    }

    private boolean namedByOther(int state) {
        for (int from : predecessors[state]) {
            if (from != state) {
                return true;
            }
        }
        return false;
    }

    /** The transitions of state {@code name} that name no state of the graph, in document order. */
    List<Transition> missingTargets(String name) {
        Integer state = index.get(name);
        List<Transition> found = state == null ? null : missing[state];
        return found == null ? List.of() : found;
    }

    /** How many states the graph has; state {@code i} is the i-th of {@link StateGraph#states()}. */
    int size() {
        return names.length;
    }

    String name(int state) {
        return names[state];
    }

    /** True when StartAt or some other state names state {@code state}. */
    boolean isReferenced(int state) {
        return referenced[state];
    }

    /** True when StartAt names a state of the graph. */
    boolean hasStart() {
        String start = graph.startAt();
        return start != null && graph.states().containsKey(start);
    }

    /** By state: reachable from StartAt (all false when StartAt names no state). */
    boolean[] reachableFromStart() {
        if (!hasStart()) {
            return new boolean[names.length];
        }
        return closure(new int[] {Arrays.asList(names).indexOf(graph.startAt())}, successors);
    }

    /** By state: an ending state (End: true, Succeed, Fail) can be reached from it. */
    boolean[] canReachEnd() {
        int[] ends = new int[names.length];
        int count = 0;
        int i = 0;
        for (State state : graph.states().values()) {
            if (Transition.ends(state)) {
                ends[count++] = i;
            }
            i++;
        }
        return closure(Arrays.copyOf(ends, count), predecessors);
    }

    private boolean[] closure(int[] seeds, int[][] edges) {
        boolean[] seen = new boolean[names.length];
        int[] todo = new int[names.length];
        int top = 0;
        for (int seed : seeds) {
            seen[seed] = true;
            todo[top++] = seed;
        }
        while (top > 0) {
            for (int next : edges[todo[--top]]) {
                if (!seen[next]) {
                    seen[next] = true;
                    todo[top++] = next;
                }
            }
        }
        return seen;
    }

    /** The edges as they are found, then turned into successor or predecessor lists in the order found. */
    private static final class Edges {
        private int[] from = new int[64];
        private int[] to = new int[64];
        private int count;

        void add(int f, int t) {
            if (count == from.length) {
                from = Arrays.copyOf(from, count * 2);
                to = Arrays.copyOf(to, count * 2);
            }
            from[count] = f;
            to[count] = t;
            count++;
        }

        int[][] adjacency(int n, boolean reversed) {
            int[] source = reversed ? to : from;
            int[] target = reversed ? from : to;
            int[] degree = new int[n];
            for (int e = 0; e < count; e++) {
                degree[source[e]]++;
            }
            int[][] lists = new int[n][];
            for (int i = 0; i < n; i++) {
                lists[i] = new int[degree[i]];
                degree[i] = 0;
            }
            for (int e = 0; e < count; e++) {
                int s = source[e];
                lists[s][degree[s]++] = target[e];
            }
            return lists;
        }
    }
}
