package statewise.app.canvas;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.Node;
import org.jspecify.annotations.Nullable;
import statewise.layout.LayoutResult;
import statewise.layout.PlacedNode;
import statewise.layout.RoutedEdge;
import statewise.layout.Size;

/**
 * The diagram in diagram coordinates, in layers: containers, edge routes, edge labels, states, the end handles of
 * selected edges, and an overlay for gestures (rubber band, connection being drawn). It keeps a registry of node and
 * edge views by id and reuses them across layouts: a new layout moves and resizes the views that are still there,
 * adds the new ones and drops the rest, so nothing that did not change is rebuilt.
 */
final class DiagramPane {

    private final Group root = new Group();
    private final Group containers = new Group();
    private final Group routes = new Group();
    private final Group labels = new Group();
    private final Group states = new Group();
    private final Group handles = new Group();
    private final Group overlay = new Group();
    private final Map<String, NodeView> nodes = new HashMap<>();
    private final Map<String, EdgeView> edges = new HashMap<>();
    /** Pseudo-classes other features set on nodes (execution status, breakpoints), kept across layouts. */
    private final Map<String, Set<PseudoClass>> marks = new HashMap<>();
    /** Pseudo-classes set on the edges between two nodes (the path a run took), keyed by "from to". */
    private final Map<String, Set<PseudoClass>> edgeMarks = new HashMap<>();
    /** Badge texts other features show on nodes (Map counters, a waiting task), kept across layouts. */
    private final Map<String, String> badges = new HashMap<>();
    private LayoutResult layout = new LayoutResult(Size.ZERO, List.of(), List.of());

    DiagramPane() {
        root.getStyleClass().add("diagram");
        overlay.setMouseTransparent(true);
        root.getChildren().addAll(containers, routes, labels, states, handles, overlay);
    }

    Group node() {
        return root;
    }

    Group overlay() {
        return overlay;
    }

    LayoutResult layout() {
        return layout;
    }

    @Nullable NodeView view(String id) {
        return nodes.get(id);
    }

    Collection<NodeView> views() {
        return nodes.values();
    }

    @Nullable EdgeView edgeView(String id) {
        return edges.get(id);
    }

    /** Sets or clears {@code mark} on node {@code id}, now and on the views later layouts make for it. */
    void mark(String id, PseudoClass mark, boolean on) {
        Set<PseudoClass> set = marks.computeIfAbsent(id, key -> new HashSet<>());
        if (on ? set.add(mark) : set.remove(mark)) {
            NodeView view = nodes.get(id);
            if (view != null) {
                view.node().pseudoClassStateChanged(mark, on);
            }
        }
    }

    /** Shows {@code text} as the badge of node {@code id} (null: none), now and on later layouts' views. */
    void badge(String id, @Nullable String text) {
        if (text == null ? badges.remove(id) != null : !text.equals(badges.put(id, text))) {
            NodeView view = nodes.get(id);
            if (view != null) {
                view.setBadge(text);
            }
        }
    }

    /** Sets or clears {@code mark} on the edges from node {@code from} to node {@code to}, across layouts. */
    void markEdges(String from, String to, PseudoClass mark, boolean on) {
        Set<PseudoClass> set = edgeMarks.computeIfAbsent(from + " " + to, key -> new HashSet<>());
        if (on ? set.add(mark) : set.remove(mark)) {
            for (EdgeView view : edges.values()) {
                if (view.edge().from().equals(from) && view.edge().to().equals(to)) {
                    view.line().pseudoClassStateChanged(mark, on);
                }
            }
        }
    }

    /** Shows {@code next}, reusing the views of nodes and edges that are still there. */
    void show(LayoutResult next) {
        layout = next;
        Set<String> seen = new HashSet<>();
        for (PlacedNode placed : next.nodes()) {
            seen.add(placed.id());
            NodeView view = nodes.get(placed.id());
            if (view != null && view.placed().kind() == placed.kind()
                    && view.placed().container() == placed.container()) {
                view.update(placed);
            } else {
                if (view != null) {
                    remove(view.node());
                }
                view = new NodeView(placed);
                nodes.put(placed.id(), view);
                for (PseudoClass mark : marks.getOrDefault(placed.id(), Set.of())) {
                    view.node().pseudoClassStateChanged(mark, true);
                }
                view.setBadge(badges.get(placed.id()));
                (placed.container() ? containers : states).getChildren().add(view.node());
            }
        }
        nodes.entrySet().removeIf(entry -> {
            boolean gone = !seen.contains(entry.getKey());
            if (gone) {
                remove(entry.getValue().node());
            }
            return gone;
        });
        seen.clear();
        for (RoutedEdge routed : next.edges()) {
            seen.add(routed.id());
            EdgeView view = edges.get(routed.id());
            if (view != null && view.edge().kind() == routed.kind()) {
                view.update(routed);
            } else {
                if (view != null) {
                    remove(view.line());
                    remove(view.label());
                    remove(view.handle());
                }
                view = new EdgeView(routed);
                edges.put(routed.id(), view);
                for (PseudoClass mark : edgeMarks.getOrDefault(routed.from() + " " + routed.to(), Set.of())) {
                    view.line().pseudoClassStateChanged(mark, true);
                }
                routes.getChildren().add(view.line());
                labels.getChildren().add(view.label());
                handles.getChildren().add(view.handle());
            }
        }
        edges.entrySet().removeIf(entry -> {
            boolean gone = !seen.contains(entry.getKey());
            if (gone) {
                remove(entry.getValue().line());
                remove(entry.getValue().label());
                remove(entry.getValue().handle());
            }
            return gone;
        });
        sortContainers();
    }

    /** Containers are drawn outermost first, as the layout lists them, so inner ones stay visible. */
    private void sortContainers() {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < layout.nodes().size(); i++) {
            order.put(layout.nodes().get(i).id(), i);
        }
        containers.getChildren().sort((a, b) -> Integer.compare(order.getOrDefault((String) a.getUserData(), 0),
                order.getOrDefault((String) b.getUserData(), 0)));
    }

    private static void remove(Node node) {
        if (node.getParent() instanceof Group parent) {
            parent.getChildren().remove(node);
        }
    }
}
