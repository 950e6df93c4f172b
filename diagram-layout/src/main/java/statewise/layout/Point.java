package statewise.layout;

/** A point in absolute diagram coordinates: x to the right, y down, the diagram's top-left corner at (0, 0). */
public record Point(double x, double y) {

    public Point translate(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }
}
