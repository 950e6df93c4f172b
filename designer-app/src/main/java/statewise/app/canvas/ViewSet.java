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
 * The node and edge views of one {@link Detail}, by id, in layers of their own (containers, routes, labels, states,
 * end handles): a sync makes views for the parts that want one, moves and resizes the views still wanted, and drops
 * the rest, so nothing that did not change is rebuilt. The layers can be hidden as a whole, which keeps the views
 * made, styled and laid out for when they are shown again (see {@link DiagramViews}). A new view gets its marks,
 * badge and selection from {@link ViewMarks}.
 */
final class ViewSet {

    private final Detail detail;
    private final ViewMarks marks;
    private final Group containers = new Group();
    private final Group routes = new Group();
    private final Group labels = new Group();
    private final Group states = new Group();
    private final Group handles = new Group();
    private final Map<String, NodeView> nodes = new HashMap<>();
    private final Map<String, EdgeView> edges = new HashMap<>();
    /** The layout the containers were last sorted for. */
    private @Nullable LayoutResult sorted;

    ViewSet(Detail detail, ViewMarks marks) {
        this.detail = detail;
        this.marks = marks;
    }

    Group containers() {
        return containers;
    }

    Group routes() {
        return routes;
    }

    Group labels() {
        return labels;
    }

    Group states() {
        return states;
    }

    Group handles() {
        return handles;
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

    /** Shows or hides every layer; hidden views stay made (and are kept up to date by later syncs). */
    void setShown(boolean shown) {
        for (Group layer : new Group[] {containers, routes, labels, states, handles}) {
            layer.setVisible(shown);
        }
    }

    /**
     * Makes, moves and drops views so that exactly the parts of {@code layout} that {@code nodeWanted} and
     * {@code edgeWanted} accept have one; with {@code make} false no view is made, those there are only kept, moved
     * or dropped.
     */
    void sync(LayoutResult layout, Predicate<PlacedNode> nodeWanted, Predicate<RoutedEdge> edgeWanted,
            boolean make) {
        Set<String> seen = new HashSet<>();
        boolean added = false;
        for (PlacedNode placed : layout.nodes()) {
            if (!nodeWanted.test(placed)) {
                continue;
            }
            NodeView view = nodes.get(placed.id());
            if (view != null && view.placed().kind() == placed.kind()
                    && view.placed().container() == placed.container()) {
                view.update(placed);
                seen.add(placed.id());
            } else if (make) {
                if (view != null) {
                    remove(view.node());
                }
                addNode(placed);
                added |= placed.container();
                seen.add(placed.id());
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
                EdgeView view = edges.get(edge.id());
                if (view != null && view.edge().kind() == edge.kind()) {
                    view.update(edge);
                    seen.add(edge.id());
                } else if (make) {
                    if (view != null) {
                        removeEdge(view);
                    }
                    addEdge(edge);
                    seen.add(edge.id());
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
        if (added || (layout != sorted && !nodes.isEmpty())) {
            sortContainers(layout);
        }
    }

    private void addNode(PlacedNode placed) {
        NodeView view = new NodeView(placed, detail);
        nodes.put(placed.id(), view);
        marks.apply(view);
        (placed.container() ? containers : states).getChildren().add(view.node());
    }

    private void addEdge(RoutedEdge edge) {
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
