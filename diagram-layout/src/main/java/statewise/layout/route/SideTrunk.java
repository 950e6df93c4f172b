package statewise.layout.route;

import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.layout.Box;
import statewise.layout.Point;

/**
 * The straight way to draw an edge into a hub (a shared Fail state or error handler): out of the source, right to
 * a vertical trunk beside the whole content, along the trunk, and left into the hub's right side. Every edge into
 * one hub uses the same trunk, so they merge into one line. Much cheaper than a route search, and with at most
 * four bends; it is only taken when none of its runs passes through an obstacle.
 *
 * <p>Preconditions: the target port is on the right side of its node; the trunk lies right of every obstacle.
 */
public final class SideTrunk {

    private final BoxIndex obstacles;
    private final double clearance;

    /**
     * @param obstacles what the runs must not pass through (nodes, labels; labels placed later are added to it)
     * @param clearance how far a route runs straight out of a port on the bottom before it turns
     */
    public SideTrunk(BoxIndex obstacles, double clearance) {
        this.obstacles = obstacles;
        this.clearance = clearance;
    }

    /** The route from {@code from} to {@code to} along the trunk at {@code trunkX}, or null when it is blocked. */
    public @Nullable List<Point> route(Port from, Port to, double trunkX) {
        if (to.side() != Side.RIGHT || from.side() == Side.LEFT || from.side() == Side.TOP) {
            return null;
        }
        Point start = from.at();
        Point turn = from.side() == Side.BOTTOM ? from.out(clearance) : start;
        List<Point> points = Routes.clean(List.of(start, turn, new Point(trunkX, turn.y()),
                new Point(trunkX, to.at().y()), to.at()));
        for (int i = 0; i + 1 < points.size(); i++) {
            if (blocked(points.get(i), points.get(i + 1))) {
                return null;
            }
        }
        return points;
    }

    private boolean blocked(Point a, Point b) {
        double x = Math.min(a.x(), b.x());
        double y = Math.min(a.y(), b.y());
        return obstacles.overlaps(new Box(x, y, Math.abs(a.x() - b.x()), Math.abs(a.y() - b.y())));
    }
}
