package statewise.layout.route;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import statewise.layout.DiagramEdge;
import statewise.layout.DiagramGraph;
import statewise.layout.DiagramNode;

/**
 * Picks the edges the router draws instead of ELK: the long edges into a hub, a state that very many states far
 * above it lead to (a shared Fail state or error handler). ELK would turn each such edge into one dummy node per
 * layer it spans, hundreds of thousands for a long workflow, and take minutes; the router draws them as one trunk in
 * milliseconds. One edge into each hub, from its lowest source, stays with ELK so that ELK places the hub below all
 * of its sources. These edges enter the hub from the side (see {@link EdgePorts}), in a fresh layout and in a
 * relayout that keeps places alike, so both ask here.
 *
 * <p>A hub is a node with at least {@link #MIN_IN_DEGREE} forward edges into it whose spans add up to more than
 * {@link #SPAN_PER_NODE} layers per node of the level. Spans are estimated with a longest-path layering of the
 * level with its back edges (found depth-first in document order) left out. Small workflows have no hub, so ELK
 * draws all of them.
 */
public final class HubEdges {

    static final int MIN_IN_DEGREE = 3;
    static final int SPAN_PER_NODE = 3;

    private HubEdges() {
    }

    /** The ids of the level's edges into hubs, but the one per hub that stays with ELK. */
    public static Set<String> of(DiagramGraph level) {
        Map<String, List<DiagramEdge>> outgoing = new HashMap<>();
        level.edges().forEach(e -> outgoing.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e));
        List<String> order = new ArrayList<>();
        Set<String> back = backEdges(level, outgoing, order);
        Map<String, Integer> layer = new HashMap<>();
        order.forEach(id -> layer.put(id, 0));
        for (String id : order) {
            for (DiagramEdge edge : outgoing.getOrDefault(id, List.of())) {
                if (!back.contains(edge.id())) {
                    layer.merge(edge.to(), layer.get(id) + 1, Math::max);
                }
            }
        }
        Map<String, List<DiagramEdge>> incoming = new HashMap<>();
        for (DiagramEdge edge : level.edges()) {
            if (!back.contains(edge.id()) && !edge.from().equals(edge.to())) {
                incoming.computeIfAbsent(edge.to(), k -> new ArrayList<>()).add(edge);
            }
        }
        Set<String> hubEdges = new HashSet<>();
        long limit = (long) SPAN_PER_NODE * level.nodes().size();
        for (List<DiagramEdge> into : incoming.values()) {
            long span = into.stream().mapToLong(e -> layer.get(e.to()) - layer.get(e.from())).sum();
            if (into.size() >= MIN_IN_DEGREE && span > limit) {
                DiagramEdge kept = into.get(0);
                for (DiagramEdge edge : into) {
                    if (layer.get(edge.from()) > layer.get(kept.from())) {
                        kept = edge;
                    }
                }
                for (DiagramEdge edge : into) {
                    if (edge != kept) {
                        hubEdges.add(edge.id());
                    }
                }
            }
        }
        return hubEdges;
    }

    /**
     * The edges that close a cycle, found by depth-first search from each node in document order; {@code order}
     * receives the nodes in reverse post-order (a topological order once those edges are left out).
     */
    private static Set<String> backEdges(DiagramGraph level, Map<String, List<DiagramEdge>> outgoing,
            List<String> order) {
        Set<String> back = new HashSet<>();
        Set<String> done = new HashSet<>();
        Set<String> onPath = new HashSet<>();
        List<String> postOrder = new ArrayList<>();
        for (DiagramNode root : level.nodes()) {
            if (done.contains(root.id())) {
                continue;
            }
            Deque<Object[]> stack = new ArrayDeque<>();
            stack.push(new Object[] {root.id(), 0});
            onPath.add(root.id());
            while (!stack.isEmpty()) {
                Object[] top = stack.peek();
                String id = (String) top[0];
                int next = (Integer) top[1];
                List<DiagramEdge> edges = outgoing.getOrDefault(id, List.of());
                if (next < edges.size()) {
                    top[1] = next + 1;
                    DiagramEdge edge = edges.get(next);
                    if (onPath.contains(edge.to())) {
                        back.add(edge.id());
                    } else if (!done.contains(edge.to())) {
                        onPath.add(edge.to());
                        stack.push(new Object[] {edge.to(), 0});
                    }
                } else {
                    stack.pop();
                    onPath.remove(id);
                    done.add(id);
                    postOrder.add(id);
                }
            }
        }
        for (int k = postOrder.size() - 1; k >= 0; k--) {
            order.add(postOrder.get(k));
        }
        return back;
    }
}
