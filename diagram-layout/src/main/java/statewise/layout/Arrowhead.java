package statewise.layout;

import java.util.List;

/**
 * The arrowhead an edge's route ends in, the same in every drawing of a diagram (the canvas's views, its zoomed-out
 * picture, the exported SVG and PNG): a triangle {@link #LENGTH} long along the route's last segment, with its tip
 * on the target, and the route's line stopping at its {@link #base()} so the line does not poke through the tip.
 *
 * @param tip   the route's last point, on the target's border
 * @param base  where the route's line stops: the middle of the triangle's back; the tip itself when the last
 *              segment has no length (there is no direction to point in)
 * @param left  one back corner of the triangle
 * @param right the other back corner
 */
public record Arrowhead(Point tip, Point base, Point left, Point right) {

    /** How far the arrowhead reaches back along the route, in diagram units. */
    public static final double LENGTH = 8;

    /** Half the width of the arrowhead's back, in diagram units. */
    public static final double HALF_WIDTH = 4;

    /** The arrowhead at the end of {@code route} (two points at least); a last segment without length points down. */
    public static Arrowhead of(List<Point> route) {
        Point tip = route.get(route.size() - 1);
        Point before = route.get(route.size() - 2);
        double length = Math.hypot(tip.x() - before.x(), tip.y() - before.y());
        double ux = length < 1e-9 ? 0 : (tip.x() - before.x()) / length;
        double uy = length < 1e-9 ? 1 : (tip.y() - before.y()) / length;
        double back = Math.min(LENGTH, length);
        Point base = new Point(tip.x() - ux * back, tip.y() - uy * back);
        return new Arrowhead(tip, base, new Point(base.x() - uy * HALF_WIDTH, base.y() + ux * HALF_WIDTH),
                new Point(base.x() + uy * HALF_WIDTH, base.y() - ux * HALF_WIDTH));
    }

    /** True when the route's last segment has no length, so the arrowhead has no direction. */
    public boolean pointless() {
        return base.equals(tip);
    }
}
