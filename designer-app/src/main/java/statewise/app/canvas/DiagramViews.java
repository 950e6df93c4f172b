package statewise.app.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.Node;
import org.jspecify.annotations.Nullable;
import statewise.layout.LayoutResult;
import statewise.layout.PlacedNode;
import statewise.layout.RoutedEdge;

/**
 * The node and edge views of {@link DiagramPane}, one {@link ViewSet} per {@link Detail}. Zooming out across 40 %
 * hides the full views instead of dropping them, and zooming back in shows them again: a view at full detail (a
 * label, an icon font glyph, CSS) costs far more to make and style than to keep, and a zoom across the threshold
 * usually comes back to the same place. While zoomed out the hidden views are kept only for the drawn area and
 * follow new layouts, but none is made; the few marked or selected states and edges get views of their own, at
 * {@link Detail#LOW}, which are dropped when zooming in.
 */
final class DiagramViews {

    private final ViewMarks marks;
    private final ViewSet full;
    private final ViewSet low;
    private Detail detail = Detail.FULL;

    DiagramViews(ViewMarks marks) {
        this.marks = marks;
        this.full = new ViewSet(Detail.FULL, marks);
        this.low = new ViewSet(Detail.LOW, marks);
        low.setShown(false);
    }

    /** The layers below the zoomed-out picture: containers, low detail's over full detail's. */
    List<Node> containerLayers() {
        return List.of(full.containers(), low.containers());
    }

    /** The layers above the zoomed-out picture: routes, edge labels, states and edge end handles. */
    List<Node> upperLayers() {
        return List.of(full.routes(), low.routes(), full.labels(), full.states(), low.states(), full.handles());
    }

    /** The view of node {@code id} drawn now, or null when it has none at the detail drawn. */
    @Nullable NodeView node(String id) {
        return current().node(id);
    }

    /** The view of edge {@code id} drawn now, or null when it has none at the detail drawn. */
    @Nullable EdgeView edge(String id) {
        return current().edge(id);
    }

    /** Every view of node {@code id}, drawn or kept hidden: a mark or the selection goes on all of them. */
    List<NodeView> nodeViews(String id) {
        return inBothSets(set -> set.node(id));
    }

    /** Every view of edge {@code id}, drawn or kept hidden. */
    List<EdgeView> edgeViews(String id) {
        return inBothSets(set -> set.edge(id));
    }

    /** What {@code find} gives in the full-detail set and in the plain set, where it gives anything. */
    private <V> List<V> inBothSets(Function<ViewSet, @Nullable V> find) {
        List<V> found = new ArrayList<>(2);
        for (ViewSet set : List.of(full, low)) {
            V view = find.apply(set);
            if (view != null) {
                found.add(view);
            }
        }
        return found;
    }

    /** Every edge view, drawn or kept hidden. */
    List<EdgeView> edges() {
        List<EdgeView> all = new ArrayList<>(full.edges());
        all.addAll(low.edges());
        return all;
    }

    /**
     * Makes, moves and drops views so that the parts of {@code layout} that {@code nodeDrawn} and {@code edgeDrawn}
     * accept (those in or near the view) are drawn at {@code level}: at {@link Detail#FULL} each has a view; at
     * {@link Detail#LOW} those that carry a mark have a low-detail view, and the full views already made for them
     * are kept hidden.
     */
    void sync(LayoutResult layout, Detail level, Predicate<PlacedNode> nodeDrawn, Predicate<RoutedEdge> edgeDrawn) {
        detail = level;
        if (level == Detail.FULL) {
            low.sync(layout, node -> false, edge -> false, false);
            full.sync(layout, nodeDrawn, edgeDrawn, true);
        } else {
            full.sync(layout, nodeDrawn, edgeDrawn, false);
            low.sync(layout, node -> nodeDrawn.test(node) && !marks.plain(node),
                    edge -> edgeDrawn.test(edge) && !marks.plain(edge), true);
        }
        full.setShown(level == Detail.FULL);
        low.setShown(level == Detail.LOW);
    }

    private ViewSet current() {
        return detail == Detail.FULL ? full : low;
    }
}
