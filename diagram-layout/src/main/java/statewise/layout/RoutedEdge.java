package statewise.layout;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An edge with its route.
 *
 * @param id     as in the {@link DiagramEdge}
 * @param from   the source node's id
 * @param to     the target node's id
 * @param kind   which field made it
 * @param index  the Choice rule's or catcher's position; else -1
 * @param points the route, from the source's border to the target's border: at least two points, every segment
 *               horizontal or vertical, the points between the ends being the bends
 * @param label  the label's text and box, or null
 */
public record RoutedEdge(String id, String from, String to, EdgeKind kind, int index, List<Point> points,
        @Nullable PlacedLabel label) {

    public RoutedEdge {
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("a route has at least two points: " + id);
        }
    }

    public Point start() {
        return points.get(0);
    }

    public Point end() {
        return points.get(points.size() - 1);
    }

    /** How many times the route turns. */
    public int bends() {
        return points.size() - 2;
    }
}
