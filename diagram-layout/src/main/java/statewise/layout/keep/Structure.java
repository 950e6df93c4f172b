package statewise.layout.keep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.layout.DiagramEdge;
import statewise.layout.DiagramGraph;
import statewise.layout.DiagramNode;

/**
 * Who contains whom in a diagram: each node's parent, each level's graph, each node's descendants and the edges
 * drawn inside it.
 */
final class Structure {

    /** The key of the top level among {@link #levels()} (no node id looks like it). */
    static final String TOP = "#top";

    private final Map<String, @Nullable String> parents = new HashMap<>();
    private final Map<String, DiagramNode> nodes = new HashMap<>();
    private final Map<String, DiagramGraph> levels = new LinkedHashMap<>();

    Structure(DiagramGraph graph) {
        add(TOP, null, graph);
    }

    private void add(String key, @Nullable String parent, DiagramGraph level) {
        levels.put(key, level);
        for (DiagramNode node : level.nodes()) {
            parents.put(node.id(), parent);
            nodes.put(node.id(), node);
            if (node.body() != null) {
                add(node.id(), node.id(), node.body());
            }
        }
    }

    /** Every level by key: {@link #TOP}, then each container's id, outer ones first. */
    Map<String, DiagramGraph> levels() {
        return levels;
    }

    DiagramGraph top() {
        return levels.get(TOP);
    }

    DiagramNode node(String id) {
        return nodes.get(id);
    }

    boolean has(String id) {
        return nodes.containsKey(id);
    }

    @Nullable String parent(String id) {
        return parents.get(id);
    }

    /** The node and everything inside it, outer ones first. */
    List<String> subtree(String id) {
        List<String> out = new ArrayList<>();
        out.add(id);
        for (int k = 0; k < out.size(); k++) {
            DiagramGraph body = nodes.get(out.get(k)).body();
            if (body != null) {
                body.nodes().forEach(n -> out.add(n.id()));
            }
        }
        return out;
    }

    /** The ids of the edges drawn inside the node (on the levels of its containers, at any depth). */
    List<String> innerEdges(String id) {
        List<String> out = new ArrayList<>();
        for (String member : subtree(id)) {
            DiagramGraph body = nodes.get(member).body();
            if (body != null) {
                body.edges().forEach(e -> out.add(e.id()));
            }
        }
        return out;
    }

    /** Every edge of every level, top level first. */
    List<DiagramEdge> allEdges() {
        List<DiagramEdge> out = new ArrayList<>();
        levels.values().forEach(level -> out.addAll(level.edges()));
        return out;
    }

    /** The edges of one level. */
    List<DiagramEdge> edges(String levelKey) {
        return levels.get(levelKey).edges();
    }
}
