package statewise.app.canvas;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import org.jspecify.annotations.Nullable;
import statewise.layout.LayoutResult;
import statewise.layout.PlacedNode;
import statewise.layout.RoutedEdge;

/**
 * The node and edge views of {@link DiagramPane}, by id, in its layers: a sync makes views for the parts that want
 * one, moves and resizes the views still wanted, and drops the rest, so nothing that did not change is rebuilt. A
 * new view gets its marks, badge and selection from {@link ViewMarks}.
 */
final class DiagramViews {

    private final Group containers;
    private final Group routes;
    private final Group labels;
    private final Group states;
    private final Group handles;
    private final ViewMarks marks;
    private final Map<String, NodeView> nodes = new HashMap<>();
    private final Map<String, EdgeView> edges = new HashMap<>();
    /** The layout the containers were last sorted for. */
    private @Nullable LayoutResult sorted;

    DiagramViews(Group containers, Group routes, Group labels, Group states, Group handles, ViewMarks marks) {
        this.containers = containers;
        this.routes = routes;
        this.labels = labels;
        this.states = states;
        this.handles = handles;
        this.marks = marks;
    }

    @Nullable NodeView node(String id) {
        return nodes.get(id);
    }

    @Nullable EdgeView edge(String id) {
        return edges.get(id);
    }

    Collection<EdgeView> edges() {
        return edges.values();
    }

    /**
     * Makes, moves and drops views so that exactly the parts of {@code layout} that {@code nodeWanted} and
     * {@code edgeWanted} accept have one, drawn at {@code detail}.
     */
    void sync(LayoutResult layout, Detail detail, Predicate<PlacedNode> nodeWanted,
            Predicate<RoutedEdge> edgeWanted) {
        Set<String> seen = new HashSet<>();
        boolean added = false;
        for (PlacedNode placed : layout.nodes()) {
            if (!nodeWanted.test(placed)) {
                continue;
            }
            seen.add(placed.id());
            NodeView view = nodes.get(placed.id());
            if (view != null && view.placed().kind() == placed.kind()
                    && view.placed().container() == placed.container() && view.detail() == detail) {
                view.update(placed);
            } else {
                if (view != null) {
                    remove(view.node());
                }
                addNode(placed, detail);
                added |= placed.container();
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
        for (RoutedEdge edge : layout.edges()) {
            if (edgeWanted.test(edge)) {
                seen.add(edge.id());
                EdgeView view = edges.get(edge.id());
                if (view != null && view.edge().kind() == edge.kind() && view.detail() == detail) {
                    view.update(edge);
                } else {
                    if (view != null) {
                        removeEdge(view);
                    }
                    addEdge(edge, detail);
                }
            }
        }
        edges.entrySet().removeIf(entry -> {
            boolean gone = !seen.contains(entry.getKey());
            if (gone) {
                removeEdge(entry.getValue());
            }
            return gone;
        });
        if (added || layout != sorted) {
            sortContainers(layout);
        }
    }

    private void addNode(PlacedNode placed, Detail detail) {
        NodeView view = new NodeView(placed, detail);
        nodes.put(placed.id(), view);
        marks.apply(view);
        (placed.container() ? containers : states).getChildren().add(view.node());
    }

    private void addEdge(RoutedEdge edge, Detail detail) {
        EdgeView view = new EdgeView(edge, detail);
        edges.put(edge.id(), view);
        marks.apply(view);
        routes.getChildren().add(view.line());
        Label label = view.label();
        Circle handle = view.handle();
        if (label != null && handle != null) {
            labels.getChildren().add(label);
            handles.getChildren().add(handle);
        }
    }

    private static void removeEdge(EdgeView view) {
        remove(view.line());
        Label label = view.label();
        Circle handle = view.handle();
        if (label != null && handle != null) {
            remove(label);
            remove(handle);
        }
    }

    /** Containers are drawn outermost first, as the layout lists them, so inner ones stay visible. */
    private void sortContainers(LayoutResult layout) {
        sorted = layout;
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
