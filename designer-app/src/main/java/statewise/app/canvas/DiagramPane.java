package statewise.app.canvas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Group;
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
 * {@link Detail} the zoom calls for; zoomed out, the plain states and edges are painted as a tiled picture
 * ({@link LowDetailLayer}) and only those carrying a mark or the selection have views, while the full-detail views
 * already made are kept hidden for zooming back in ({@link DiagramViews}). Views exist only for the
 * parts in or near the view ({@link DrawnArea}); marks, badges and the selection are kept by id ({@link ViewMarks})
 * and applied to a view when it is made, so they follow a state that scrolls into view.
 */
final class DiagramPane {

    private final Group root = new Group();
    private final Group overlay = new Group();
    private final ViewMarks marks = new ViewMarks();
    private final DiagramViews views = new DiagramViews(marks);
    private final DrawnArea drawn = new DrawnArea();
    private final LowDetailLayer painted = new LowDetailLayer(this::repaint);
    private final PictureChanges changes = new PictureChanges();
    private Detail detail = Detail.FULL;
    private double scale = 1;
    /** The part of the diagram on screen (null: everything is drawn). */
    private @Nullable Box visible;
    /** True while an update is queued for a change of what is plain (painted in the zoomed-out picture). */
    private boolean syncQueued;
    private LayoutResult layout = new LayoutResult(Size.ZERO, List.of(), List.of());
    private Map<String, RoutedEdge> routed = Map.of();

    DiagramPane() {
        root.getStyleClass().add("diagram");
        overlay.setMouseTransparent(true);
        root.getChildren().addAll(views.containerLayers());
        root.getChildren().add(painted.node());
        root.getChildren().addAll(views.upperLayers());
        root.getChildren().addAll(overlay, painted.swatches());
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
        return views.node(id);
    }

    /** The view of edge {@code id}, or null when it has none: gone, or far from the part on screen. */
    @Nullable EdgeView edgeView(String id) {
        return views.edge(id);
    }

    /** The edge {@code id} as laid out now, drawn or not. */
    @Nullable RoutedEdge edge(String id) {
        return routed.get(id);
    }

    /** Sets or clears {@code mark} on node {@code id}, now and on the views later layouts make for it. */
    void mark(String id, PseudoClass mark, boolean on) {
        if (marks.mark(id, mark, on)) {
            for (NodeView view : views.nodeViews(id)) {
                view.node().pseudoClassStateChanged(mark, on);
            }
            plainChanged();
        }
    }

    /** Shows {@code text} as the badge of node {@code id} (null: none), now and on later layouts' views. */
    void badge(String id, @Nullable String text) {
        if (marks.badge(id, text)) {
            for (NodeView view : views.nodeViews(id)) {
                view.setBadge(text);
            }
        }
    }

    /** Sets or clears {@code mark} on the edges from node {@code from} to node {@code to}, across layouts. */
    void markEdges(String from, String to, PseudoClass mark, boolean on) {
        if (marks.markEdges(from, to, mark, on)) {
            for (EdgeView view : views.edges()) {
                if (view.edge().from().equals(from) && view.edge().to().equals(to)) {
                    view.line().pseudoClassStateChanged(mark, on);
                }
            }
            plainChanged();
        }
    }

    /** Shows {@code next}, reusing the views of nodes and edges that are still there. */
    void show(LayoutResult next) {
        show(next, visible, scale);
    }

    /** Shows {@code next} with views for what is in or near {@code visible} (null: everything). */
    void show(LayoutResult next, @Nullable Box visible) {
        show(next, visible, scale);
    }

    /**
     * Shows {@code next} at zoom {@code zoom} ({@link Detail#at} it) with views for what is in or near
     * {@code visible} (null: everything).
     */
    void show(LayoutResult next, @Nullable Box visible, double zoom) {
        scale = zoom;
        detail = Detail.at(zoom);
        this.visible = visible;
        drawn.follow(visible);
        painted.invalidate();
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
        showArea(visible, scale);
    }

    /**
     * {@link #showArea(Box)} at zoom {@code zoom}: when its {@link Detail} changes, the views are made again at the
     * new one, with their marks, badges and selection; zoomed out, the picture's tiles that come near the view are
     * painted.
     */
    void showArea(@Nullable Box visible, double zoom) {
        Detail level = Detail.at(zoom);
        boolean changed = level != detail;
        detail = level;
        scale = zoom;
        this.visible = visible;
        if (drawn.follow(visible) || changed) {
            sync();
        } else if (detail == Detail.LOW) {
            paint();
        }
    }

    Detail detail() {
        return detail;
    }

    /** The zoomed-out picture (for tests). */
    LowDetailLayer picture() {
        return painted;
    }

    /** Shows node {@code id} selected or not, now and on the view made for it when it comes into view. */
    void select(String id, boolean on) {
        if (marks.select(id, on)) {
            for (NodeView view : views.nodeViews(id)) {
                view.setSelected(on);
            }
            plainChanged();
        }
    }

    /** Shows edge {@code id} as the selected one (null: none), now and when it comes into view. */
    void selectEdge(@Nullable String id) {
        moveEdgeLook(marks.selectedEdge(), id, EdgeView::setSelected);
        marks.selectEdge(id);
        plainChanged();
    }

    /** Shows edge {@code id} as where a palette drop would go (null: none), at any zoom. */
    void dropTarget(@Nullable String id) {
        moveEdgeLook(marks.dropEdge(), id, EdgeView::setDropTarget);
        marks.dropEdge(id);
        plainChanged();
    }

    /** Takes a look ({@code show}) off the view of edge {@code before} and puts it on that of {@code now}, if drawn. */
    private void moveEdgeLook(@Nullable String before, @Nullable String now, BiConsumer<EdgeView, Boolean> show) {
        if (before != null) {
            views.edgeViews(before).forEach(view -> show.accept(view, false));
        }
        if (now != null) {
            views.edgeViews(now).forEach(view -> show.accept(view, true));
        }
    }

    /**
     * A state or edge that gains or loses a mark moves between the zoomed-out picture and a view of its own: one
     * update, queued, follows any number of such changes in a row (a run's batch of statuses, a rubber band). It
     * repaints only the tiles where a state or edge joined or left the picture ({@link PictureChanges}), and
     * zoomed out makes and drops the views of the marked ones.
     */
    private void plainChanged() {
        if (!syncQueued) {
            syncQueued = true;
            Platform.runLater(() -> {
                syncQueued = false;
                changes.since(layout, marks).forEach(painted::forget);
                if (detail == Detail.LOW) {
                    sync();
                }
            });
        }
    }

    /** The theme changed a colour the picture is painted in (the layer has forgotten its tiles). */
    private void repaint() {
        if (detail == Detail.LOW) {
            paint();
        }
    }

    private void paint() {
        painted.paint(layout, visible, scale, this::plain, this::plain);
    }

    /** True when the state is painted in the picture rather than drawn as a view. */
    private boolean plain(PlacedNode node) {
        return detail == Detail.LOW && marks.plain(node);
    }

    private boolean plain(RoutedEdge edge) {
        return detail == Detail.LOW && marks.plain(edge);
    }

    /** Makes, moves and drops views so that exactly the layout's parts in the drawn area, and not plain, have one. */
    private void sync() {
        views.sync(layout, detail, drawn::draws, drawn::draws);
        if (detail == Detail.LOW) {
            paint();
        } else {
            painted.hide(visible);
        }
    }
}
