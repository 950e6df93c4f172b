package statewise.layout;

/**
 * An axis-parallel rectangle in absolute diagram coordinates: the bounds of a node, a container or a label.
 *
 * @param x      left edge
 * @param y      top edge
 * @param width  not negative
 * @param height not negative
 */
public record Box(double x, double y, double width, double height) {

    public static Box of(Point topLeft, Size size) {
        return new Box(topLeft.x(), topLeft.y(), size.width(), size.height());
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public Point topLeft() {
        return new Point(x, y);
    }

    public Size size() {
        return new Size(width, height);
    }

    public Box translate(double dx, double dy) {
        return new Box(x + dx, y + dy, width, height);
    }

    /** This box grown by {@code margin} on every side. */
    public Box inflate(double margin) {
        return new Box(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }

    /** True when the interiors meet: boxes that only touch along an edge do not overlap. */
    public boolean overlaps(Box other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    /** True when {@code other} lies inside this box (touching the border counts as inside). */
    public boolean contains(Box other) {
        return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
    }

    /** True when the point lies strictly inside (not on the border). */
    public boolean containsInside(Point p) {
        return p.x() > x && p.x() < right() && p.y() > y && p.y() < bottom();
    }

    /** The smallest box holding both. */
    public Box union(Box other) {
        double left = Math.min(x, other.x);
        double top = Math.min(y, other.y);
        return new Box(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
    }
}
