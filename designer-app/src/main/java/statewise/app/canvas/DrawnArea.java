package statewise.app.canvas;

import org.jspecify.annotations.Nullable;
import statewise.layout.Box;
import statewise.layout.PlacedLabel;
import statewise.layout.PlacedNode;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;

/**
 * The part of the diagram the canvas makes views for: what is on screen and a margin around it, so a diagram of
 * a thousand states costs the scene graph only the few dozen states in view. The area is grown by half a screen on
 * every side and kept while the view stays inside it, so panning a little reuses the views already made and only a
 * pan past the margin moves the area (and adds and drops views). Everything else (hit testing, rubber band,
 * minimap, fit) reads the layout, never the views, so it sees the whole diagram.
 */
final class DrawnArea {

    /** How much of the view's width and height is added on each side. */
    static final double MARGIN_SHARE = 0.5;
    /**
     * How many times wider than the view and its margin the area may grow, by zooming in, before it is placed
     * around the view again: two wheel notches.
     */
    static final double ZOOMED_IN_SHARE = Viewport.STEP * Viewport.STEP;

    /** The area views are made for; null while every part is drawn (no view size known yet). */
    private @Nullable Box area;

    /**
     * Follows the part of the diagram on screen, or draws everything ({@code null}: what the canvas benchmark
     * compares with); true when the area moved, so views must be added and dropped. The area stays while it holds
     * the view, unless zooming in has made it more than {@link #ZOOMED_IN_SHARE} times wider than the view and its
     * margin: a zoom from a fit view of a thousand states into its middle must not make views for all of them.
     */
    boolean follow(@Nullable Box visible) {
        Box now = area;
        if (visible == null) {
            area = null;
            return now != null;
        }
        Box wanted = around(visible);
        if (now != null && now.contains(visible) && now.width() <= wanted.width() * ZOOMED_IN_SHARE) {
            return false;
        }
        area = wanted;
        return true;
    }

    /** {@code visible} grown by {@link #MARGIN_SHARE} of its width and height on every side. */
    static Box around(Box visible) {
        double dx = visible.width() * MARGIN_SHARE;
        double dy = visible.height() * MARGIN_SHARE;
        return new Box(visible.x() - dx, visible.y() - dy, visible.width() + 2 * dx, visible.height() + 2 * dy);
    }

    /** True when the node has a view: its box meets the area. */
    boolean draws(PlacedNode node) {
        Box now = area;
        return now == null || touches(now, node.box());
    }

    /** True when the edge has a view: the box around its route and label meets the area. */
    boolean draws(RoutedEdge edge) {
        Box now = area;
        return now == null || touches(now, bounds(edge));
    }

    /** The smallest box holding the edge's route and its label. */
    static Box bounds(RoutedEdge edge) {
        double left = Double.POSITIVE_INFINITY;
        double top = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (Point p : edge.points()) {
            left = Math.min(left, p.x());
            top = Math.min(top, p.y());
            right = Math.max(right, p.x());
            bottom = Math.max(bottom, p.y());
        }
        Box route = new Box(left, top, right - left, bottom - top);
        PlacedLabel label = edge.label();
        return label == null ? route : route.union(label.box());
    }

    /** Like {@link Box#overlaps} but counting a touch, so a straight (zero-width) route still meets the area. */
    static boolean touches(Box a, Box b) {
        return a.x() <= b.right() && b.x() <= a.right() && a.y() <= b.bottom() && b.y() <= a.bottom();
    }
}
