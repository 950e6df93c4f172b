package statewise.app.canvas;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import org.jspecify.annotations.Nullable;
import statewise.layout.Box;
import statewise.layout.LayoutResult;
import statewise.layout.PlacedNode;
import statewise.layout.RoutedEdge;
import statewise.layout.Size;

/**
 * The diagram in diagram coordinates, in layers: containers, edge routes, edge labels, states, the end handles of
 * selected edges, and an overlay for gestures (rubber band, connection being drawn). It keeps a registry of node and
 * edge views by id and reuses them across layouts: a new layout moves and resizes the views that are still there,
 * adds the new ones and drops the rest, so nothing that did not change is rebuilt. Views are drawn at the
 * {@link Detail} the zoom calls for; zoomed out they are boxes and lines only. Views exist only for the parts in
 * or near the view ({@link DrawnArea}); marks, badges and the selection are kept by id and applied to a view when
 * it is made, so they follow a state that scrolls into view.
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
    /** The node ids shown selected, and the edge, applied to views as they are made. */
    private final Set<String> selected = new HashSet<>();
    private @Nullable String selectedEdge;
    private final DrawnArea drawn = new DrawnArea();
    private Detail detail = Detail.FULL;
    private LayoutResult layout = new LayoutResult(Size.ZERO, List.of(), List.of());
    private Map<String, RoutedEdge> routed = Map.of();
    /** The layout the containers were last sorted for. */
    private @Nullable LayoutResult sorted;

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

    /** The view of node {@code id}, or null when it has none: gone, or far from the part on screen. */
    @Nullable NodeView view(String id) {
        return nodes.get(id);
    }

    /** The view of edge {@code id}, or null when it has none: gone, or far from the part on screen. */
    @Nullable EdgeView edgeView(String id) {
        return edges.get(id);
    }

    /** The edge {@code id} as laid out now, drawn or not. */
    @Nullable RoutedEdge edge(String id) {
        return routed.get(id);
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
        show(next, drawn.area());
    }

    /** Shows {@code next} with views for what is in or near {@code visible} (null: everything). */
    void show(LayoutResult next, @Nullable Box visible) {
        show(next, visible, detail);
    }

    /** Shows {@code next} at {@code level} with views for what is in or near {@code visible} (null: everything). */
    void show(LayoutResult next, @Nullable Box visible, Detail level) {
        detail = level;
        drawn.follow(visible);
        layout = next;
        Map<String, RoutedEdge> byId = new HashMap<>();
        next.edges().forEach(edge -> byId.put(edge.id(), edge));
        routed = byId;
        sync();
    }

    /**
     * Follows the part of the diagram on screen ({@code visible}, in diagram coordinates): views are made for what
     * is in or near it and dropped for what the view left behind (see {@link DrawnArea}); null draws everything.
     */
    void showArea(@Nullable Box visible) {
        showArea(visible, detail);
    }

    /**
     * {@link #showArea(Box)} at {@code level} ({@link Detail#at} the zoom): when the level changes, the views are
     * made again at the new one, with their marks, badges and selection.
     */
    void showArea(@Nullable Box visible, Detail level) {
        boolean changed = level != detail;
        detail = level;
        if (drawn.follow(visible) || changed) {
            sync();
        }
    }

    Detail detail() {
        return detail;
    }

    /** Shows node {@code id} selected or not, now and on the view made for it when it comes into view. */
    void select(String id, boolean on) {
        if (on ? selected.add(id) : selected.remove(id)) {
            NodeView view = nodes.get(id);
            if (view != null) {
                view.setSelected(on);
            }
        }
    }

    /** Shows edge {@code id} as the selected one (null: none), now and when it comes into view. */
    void selectEdge(@Nullable String id) {
        EdgeView before = selectedEdge == null ? null : edges.get(selectedEdge);
        if (before != null) {
            before.setSelected(false);
        }
        selectedEdge = id;
        EdgeView now = id == null ? null : edges.get(id);
        if (now != null) {
            now.setSelected(true);
        }
    }

    /** Makes, moves and drops views so that exactly the layout's parts in the drawn area have one. */
    private void sync() {
        Set<String> seen = new HashSet<>();
        boolean added = false;
        for (PlacedNode placed : layout.nodes()) {
            if (!drawn.draws(placed)) {
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
                addNode(placed);
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
            if (drawn.draws(edge)) {
                seen.add(edge.id());
                EdgeView view = edges.get(edge.id());
                if (view != null && view.edge().kind() == edge.kind() && view.detail() == detail) {
                    view.update(edge);
                } else {
                    if (view != null) {
                        removeEdge(view);
                    }
                    addEdge(edge);
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
            sortContainers();
        }
    }

    private void addNode(PlacedNode placed) {
        NodeView view = new NodeView(placed, detail);
        nodes.put(placed.id(), view);
        for (PseudoClass mark : marks.getOrDefault(placed.id(), Set.of())) {
            view.node().pseudoClassStateChanged(mark, true);
        }
        view.setBadge(badges.get(placed.id()));
        if (selected.contains(placed.id())) {
            view.setSelected(true);
        }
        (placed.container() ? containers : states).getChildren().add(view.node());
    }

    private void addEdge(RoutedEdge edge) {
        EdgeView view = new EdgeView(edge, detail);
        edges.put(edge.id(), view);
        for (PseudoClass mark : edgeMarks.getOrDefault(edge.from() + " " + edge.to(), Set.of())) {
            view.line().pseudoClassStateChanged(mark, true);
        }
        if (edge.id().equals(selectedEdge)) {
            view.setSelected(true);
        }
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
    private void sortContainers() {
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
