package statewise.layout.keep;

import java.util.ArrayList;
import java.util.List;
import statewise.layout.Point;
import statewise.layout.route.OrthogonalRouter;

/**
 * Keeps the shape of a route whose one end moved straight up, down, left or right since the route was drawn: one
 * segment along the move is made longer or shorter and the part of the route beyond it follows the moved end.
 * After an edit in the middle of a long workflow the rows below it move down, and every edge from a row above to
 * a row below (a Choice's Default into a shared Fail state, say) needs exactly that; searching a new route for each
 * of them across the whole level is what made such a relayout take seconds.
 */
final class Stretch {

    /** The shortest a stretched segment may become: two routes' width apart, as routes in one channel are. */
    static final double MIN_RUN = OrthogonalRouter.LANE;
    private static final double EPSILON = 1e-6;

    private Stretch() {
    }

    /**
     * The ways to make {@code route} reach its ends where they now are, best first: the route itself when neither
     * end moved, moved whole when both moved alike, else one stretched route per segment that can take the move,
     * nearest to the moved end first. Empty when both ends moved differently or one moved on a slant.
     *
     * @param fromMove how far the source's box moved from where the route was drawn for
     * @param toMove   how far the target's box moved
     */
    static List<Drawing.Route> candidates(Drawing.Route route, Point fromMove, Point toMove) {
        boolean fromStill = still(fromMove);
        boolean toStill = still(toMove);
        if (fromStill && toStill) {
            return List.of(route);
        }
        if (!fromStill && !toStill) {
            return fromMove.equals(toMove) ? List.of(route.translate(fromMove.x(), fromMove.y())) : List.of();
        }
        Point move = fromStill ? toMove : fromMove;
        if (Math.abs(move.x()) > EPSILON && Math.abs(move.y()) > EPSILON) {
            return List.of();
        }
        return fromStill ? towardsTarget(route, move) : towardsSource(route, move);
    }

    /** The target moved by {@code move}: a segment stretches, the points after it move along. */
    private static List<Drawing.Route> towardsTarget(Drawing.Route route, Point move) {
        List<Point> p = route.points();
        List<Drawing.Route> out = new ArrayList<>();
        for (int k = p.size() - 2; k >= 0; k--) {
            if (takes(p.get(k), p.get(k + 1), move, 1)) {
                List<Point> points = new ArrayList<>(p.subList(0, k + 1));
                p.subList(k + 1, p.size()).forEach(q -> points.add(q.translate(move.x(), move.y())));
                out.add(new Drawing.Route(points, route.label()));
            }
        }
        return out;
    }

    /** The source moved by {@code move}: a segment stretches, the points before it (and the label) move along. */
    private static List<Drawing.Route> towardsSource(Drawing.Route route, Point move) {
        List<Point> p = route.points();
        List<Drawing.Route> out = new ArrayList<>();
        for (int k = 0; k + 1 < p.size(); k++) {
            if (takes(p.get(k), p.get(k + 1), move, -1)) {
                List<Point> points = new ArrayList<>();
                p.subList(0, k + 1).forEach(q -> points.add(q.translate(move.x(), move.y())));
                points.addAll(p.subList(k + 1, p.size()));
                out.add(new Drawing.Route(points, route.label() == null ? null
                        : route.label().translate(move.x(), move.y())));
            }
        }
        return out;
    }

    /**
     * True when segment a-b runs along the move and, lengthened by {@code sign} times it, keeps its direction and
     * at least {@link #MIN_RUN} of length.
     */
    private static boolean takes(Point a, Point b, Point move, int sign) {
        boolean vertical = Math.abs(move.x()) <= EPSILON;
        double across = vertical ? b.x() - a.x() : b.y() - a.y();
        if (Math.abs(across) > EPSILON) {
            return false;
        }
        double length = vertical ? b.y() - a.y() : b.x() - a.x();
        double after = length + sign * (vertical ? move.y() : move.x());
        return Math.abs(length) > EPSILON && Math.signum(after) == Math.signum(length) && Math.abs(after) >= MIN_RUN;
    }

    private static boolean still(Point move) {
        return Math.abs(move.x()) <= EPSILON && Math.abs(move.y()) <= EPSILON;
    }
}
