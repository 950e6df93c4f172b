package statewise.layout.route;

import java.util.ArrayList;
import java.util.List;
import statewise.layout.Point;

/** Small operations on routes (lists of points) shared by the kernel and the router. */
public final class Routes {

    /** Coordinates closer than this are the same (ELK's arithmetic leaves tiny differences). */
    public static final double EPSILON = 1e-6;

    private Routes() {
    }

    /**
     * The same route without repeated points and without points in the middle of a straight run.
     * Postcondition: every interior point is a real turn.
     */
    public static List<Point> clean(List<Point> route) {
        List<Point> out = new ArrayList<>(route.size());
        for (Point p : route) {
            if (!out.isEmpty() && same(out.get(out.size() - 1), p)) {
                continue;
            }
            if (out.size() >= 2 && collinear(out.get(out.size() - 2), out.get(out.size() - 1), p)) {
                out.set(out.size() - 1, p);
            } else {
                out.add(p);
            }
        }
        if (out.size() == 1) {
            out.add(out.get(0));
        }
        return out;
    }

    private static boolean same(Point a, Point b) {
        return Math.abs(a.x() - b.x()) < EPSILON && Math.abs(a.y() - b.y()) < EPSILON;
    }

    /** True when b lies on the straight run from a to c (so dropping b leaves the same path). */
    private static boolean collinear(Point a, Point b, Point c) {
        boolean vertical = Math.abs(a.x() - b.x()) < EPSILON && Math.abs(b.x() - c.x()) < EPSILON;
        boolean horizontal = Math.abs(a.y() - b.y()) < EPSILON && Math.abs(b.y() - c.y()) < EPSILON;
        return vertical && between(a.y(), b.y(), c.y()) || horizontal && between(a.x(), b.x(), c.x());
    }

    private static boolean between(double a, double b, double c) {
        return (b - a) * (c - b) >= 0;
    }
}
