package statewise.layout.route;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.layout.Point;

/**
 * The grid points that routes of a group pass through, with what joining there costs and how the route goes on, so
 * a later route of the group can end by joining one (edges into one port then share a trunk).
 *
 * <p>A route cannot be joined on its first two segments (it would look as if the joining edge came from the other
 * edge's source) nor on its last one (the short stub into the port).
 */
final class TrunkMap {

    /**
     * Where a search may end early.
     *
     * @param cost what the rest costs, with a bend when the route turns onto the trunk
     * @param rest the trunk's points after the join point, to the target port
     */
    record Join(double cost, List<Point> rest) {
    }

    private record Entry(Side direction, double remaining, List<Point> rest) {
    }

    private final double[] xs;
    private final double[] ys;
    private final Map<String, Map<Long, Entry>> groups = new HashMap<>();

    TrunkMap(double[] xs, double[] ys) {
        this.xs = xs;
        this.ys = ys;
    }

    void add(String group, List<Point> route) {
        int n = route.size();
        double[] remaining = new double[n];
        for (int k = n - 2; k >= 0; k--) {
            remaining[k] = distance(route.get(k), route.get(k + 1)) + (k + 1 < n - 1 ? OrthogonalRouter.BEND : 0)
                    + remaining[k + 1];
        }
        Map<Long, Entry> points = groups.computeIfAbsent(group, g -> new HashMap<>());
        for (int k = 1; k < n - 2; k++) {
            Point a = route.get(k);
            Point b = route.get(k + 1);
            Side direction = direction(a, b);
            if (direction == null) {
                continue;
            }
            List<Point> rest = List.copyOf(route.subList(k + 1, n));
            double after = (k + 1 < n - 1 ? OrthogonalRouter.BEND : 0) + remaining[k + 1];
            for (long key : gridPoints(a, b, k == 1)) {
                int i = (int) (key >> 32);
                int j = (int) key;
                double left = Math.abs(xs[i] - b.x()) + Math.abs(ys[j] - b.y()) + after;
                Entry known = points.get(key);
                if (known == null || left < known.remaining()) {
                    points.put(key, new Entry(direction, left, rest));
                }
            }
        }
    }

    /** Joining the group's trunk at grid point (i, j), arriving in direction {@code arrived}; null if no trunk. */
    @Nullable Join join(String group, int i, int j, Side arrived) {
        Map<Long, Entry> points = groups.get(group);
        if (points == null) {
            return null;
        }
        Entry entry = points.get(key(i, j));
        if (entry == null || entry.direction() == arrived.opposite()) {
            return null;
        }
        return new Join((entry.direction() == arrived ? 0 : OrthogonalRouter.BEND) + entry.remaining(), entry.rest());
    }

    /** The grid points on segment a-b, without b (and without a when {@code skipFirst}). */
    private long[] gridPoints(Point a, Point b, boolean skipFirst) {
        boolean horizontal = Math.abs(a.y() - b.y()) < Routes.EPSILON;
        double[] lines = horizontal ? xs : ys;
        double from = horizontal ? a.x() : a.y();
        double to = horizontal ? b.x() : b.y();
        int fixed = OrthogonalRouter.index(horizontal ? ys : xs, horizontal ? a.y() : a.x());
        int lo = OrthogonalRouter.index(lines, Math.min(from, to));
        int hi = OrthogonalRouter.index(lines, Math.max(from, to));
        long[] out = new long[Math.max(0, hi - lo + 1)];
        int count = 0;
        for (int m = lo; m <= hi && m < lines.length; m++) {
            double v = lines[m];
            boolean isB = Math.abs(v - to) < Routes.EPSILON;
            boolean isA = Math.abs(v - from) < Routes.EPSILON;
            if (v < Math.min(from, to) - Routes.EPSILON || v > Math.max(from, to) + Routes.EPSILON || isB
                    || skipFirst && isA) {
                continue;
            }
            out[count++] = horizontal ? key(m, fixed) : key(fixed, m);
        }
        return java.util.Arrays.copyOf(out, count);
    }

    private static @Nullable Side direction(Point a, Point b) {
        if (Math.abs(a.y() - b.y()) < Routes.EPSILON) {
            return b.x() > a.x() ? Side.RIGHT : b.x() < a.x() ? Side.LEFT : null;
        }
        return b.y() > a.y() ? Side.BOTTOM : Side.TOP;
    }

    private static double distance(Point a, Point b) {
        return Math.abs(a.x() - b.x()) + Math.abs(a.y() - b.y());
    }

    private static long key(int i, int j) {
        return ((long) i << 32) | (j & 0xFFFFFFFFL);
    }
}
