package statewise.app.canvas;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.css.PseudoClass;
import org.jspecify.annotations.Nullable;
import statewise.layout.PlacedNode;
import statewise.layout.RoutedEdge;

/**
 * What other features and the selection put on the diagram's states and edges, kept by id across layouts and
 * applied to a view when one is made: pseudo-classes (execution status, breakpoints, the path a run took), badges,
 * the selected states and edge, and the edge a palette drop would go into. Zoomed out, a state or edge that carries
 * none of these is plain and painted with the rest ({@link LowDetailLayer}); the others keep views.
 */
final class ViewMarks {

    /** Pseudo-classes set on nodes, by node id. */
    private final Map<String, Set<PseudoClass>> nodes = new HashMap<>();
    /** Pseudo-classes set on the edges between two nodes, keyed by "from to". */
    private final Map<String, Set<PseudoClass>> edges = new HashMap<>();
    private final Map<String, String> badges = new HashMap<>();
    private final Set<String> selected = new HashSet<>();
    private @Nullable String selectedEdge;
    private @Nullable String dropEdge;

    /** Sets or clears {@code mark} on node {@code id}; true when that changed anything. */
    boolean mark(String id, PseudoClass mark, boolean on) {
        return toggle(nodes, id, mark, on);
    }

    /** Sets or clears {@code mark} on the edges from {@code from} to {@code to}; true when that changed anything. */
    boolean markEdges(String from, String to, PseudoClass mark, boolean on) {
        return toggle(edges, from + " " + to, mark, on);
    }

    /** Sets or clears {@code mark} in {@code marks} under {@code key}, dropping empty sets; true when it changed. */
    private static boolean toggle(Map<String, Set<PseudoClass>> marks, String key, PseudoClass mark, boolean on) {
        Set<PseudoClass> set = marks.computeIfAbsent(key, k -> new HashSet<>());
        boolean changed = on ? set.add(mark) : set.remove(mark);
        if (set.isEmpty()) {
            marks.remove(key);
        }
        return changed;
    }

    /** Shows {@code text} as the badge of node {@code id} (null: none); true when that changed anything. */
    boolean badge(String id, @Nullable String text) {
        return text == null ? badges.remove(id) != null : !text.equals(badges.put(id, text));
    }

    /** Selects node {@code id} or not; true when that changed anything. */
    boolean select(String id, boolean on) {
        return on ? selected.add(id) : selected.remove(id);
    }

    @Nullable String selectedEdge() {
        return selectedEdge;
    }

    void selectEdge(@Nullable String id) {
        selectedEdge = id;
    }

    @Nullable String dropEdge() {
        return dropEdge;
    }

    void dropEdge(@Nullable String id) {
        dropEdge = id;
    }

    /** Gives a newly made view of a node its marks, badge and selection. */
    void apply(NodeView view) {
        String id = view.placed().id();
        for (PseudoClass mark : nodes.getOrDefault(id, Set.of())) {
            view.node().pseudoClassStateChanged(mark, true);
        }
        view.setBadge(badges.get(id));
        if (selected.contains(id)) {
            view.setSelected(true);
        }
    }

    /** Gives a newly made view of an edge its marks, selection and drop-target look. */
    void apply(EdgeView view) {
        RoutedEdge edge = view.edge();
        for (PseudoClass mark : edges.getOrDefault(edge.from() + " " + edge.to(), Set.of())) {
            view.line().pseudoClassStateChanged(mark, true);
        }
        if (edge.id().equals(selectedEdge)) {
            view.setSelected(true);
        }
        if (edge.id().equals(dropEdge)) {
            view.setDropTarget(true);
        }
    }

    /** True when the state carries nothing: no mark, no selection (badges are not drawn zoomed out). */
    boolean plain(PlacedNode node) {
        return !node.container() && !nodes.containsKey(node.id()) && !selected.contains(node.id());
    }

    /** True when the edge carries nothing: no mark, not selected, not a drop target. */
    boolean plain(RoutedEdge edge) {
        return !Objects.equals(edge.id(), selectedEdge) && !Objects.equals(edge.id(), dropEdge)
                && !edges.containsKey(edge.from() + " " + edge.to());
    }
}
