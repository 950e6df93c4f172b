package statewise.layout.route;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;
import statewise.layout.Box;
import statewise.layout.Point;

/**
 * Finds orthogonal routes between ports, around obstacles, with few bends: A* over the sparse grid of lines that
 * run at a clearance from every obstacle and through every port. A route costs its length, plus {@link #BEND} per
 * turn, {@link #CROSS} per crossing with another group's route, {@link #OVERLAP} per pixel run along one, and
 * {@link #THROUGH} per pixel inside an obstacle; obstacles are costly rather than forbidden, so there is always a
 * route. Routes of one group (the edges into one port) may end by joining an earlier route of the group, drawing a
 * shared trunk into the port.
 *
 * <p>Postconditions of {@link #route}: the route starts at the source port and leaves it at right angles, ends at
 * the target port entering it at right angles, has only horizontal and vertical segments, and stays inside the
 * bounds. Not thread-safe: one router serves one batch of routes.
 */
public final class OrthogonalRouter {

    static final double BEND = 40;
    static final double CROSS = 60;
    static final double OVERLAP = 4;
    static final double THROUGH = 200;
    /** The distance between neighbouring routes in one channel. */
    public static final double LANE = 10;
    private static final double EPSILON = 1e-6;
    private static final int MAX_EXPANSIONS = 2_000_000;

    private final double clearance;
    private final double[] xs;
    private final double[] ys;
    private final BoxIndex obstacles;
    private final SegmentIndex segments;
    private final TrunkMap trunks;

    private OrthogonalRouter(Builder b) {
        this.clearance = b.clearance;
        Box bounds = b.bounds;
        this.xs = lines(b.xs, bounds.x(), bounds.right());
        this.ys = lines(b.ys, bounds.y(), bounds.bottom());
        List<Box> inflated = b.obstacles.stream().map(o -> o.inflate(clearance - 0.01)).toList();
        this.obstacles = new BoxIndex(inflated);
        this.segments = b.segments;
        this.trunks = new TrunkMap(xs, ys);
        b.trunks.forEach((group, routes) -> routes.forEach(r -> trunks.add(group, r)));
    }

    /** Collects obstacles, existing routes and the ports to route between, then builds the router. */
    public static final class Builder {

        private final double clearance;
        private Box bounds;
        private final List<Box> obstacles = new ArrayList<>();
        private final TreeSet<Double> xs = new TreeSet<>();
        private final TreeSet<Double> ys = new TreeSet<>();
        private final SegmentIndex segments = new SegmentIndex();
        private final Map<String, List<List<Point>>> trunks = new HashMap<>();

        /**
         * @param bounds    where routes may run (it grows to take in every port registered)
         * @param clearance how far routes keep from obstacles, and how far they run straight out of a port
         */
        public Builder(Box bounds, double clearance) {
            this.bounds = bounds;
            this.clearance = clearance;
            xs.add(bounds.x());
            xs.add(bounds.right());
            ys.add(bounds.y());
            ys.add(bounds.bottom());
        }

        /** Something routes go around: a node, a label. */
        public Builder obstacle(Box box) {
            obstacles.add(box);
            for (double d : new double[] {clearance, clearance + LANE}) {
                xs.add(box.x() - d);
                xs.add(box.right() + d);
                ys.add(box.y() - d);
                ys.add(box.bottom() + d);
            }
            return this;
        }

        /** A route already drawn: others avoid crossing it and running along it, unless of the same group. */
        public Builder route(List<Point> points, String group) {
            segments.add(points, group);
            return this;
        }

        /** A route already drawn that later routes of its group may join. */
        public Builder trunk(List<Point> points, String group) {
            route(points, group);
            trunks.computeIfAbsent(group, g -> new ArrayList<>()).add(List.copyOf(points));
            points.forEach(p -> {
                xs.add(p.x());
                ys.add(p.y());
            });
            return this;
        }

        /** A port that a route will start or end at. */
        public Builder port(Port port) {
            Point stub = port.out(clearance);
            xs.add(stub.x());
            ys.add(stub.y());
            xs.add(port.at().x());
            ys.add(port.at().y());
            bounds = bounds.union(new Box(stub.x(), stub.y(), 0, 0).inflate(clearance));
            xs.add(bounds.x());
            xs.add(bounds.right());
            ys.add(bounds.y());
            ys.add(bounds.bottom());
            return this;
        }

        public OrthogonalRouter build() {
            return new OrthogonalRouter(this);
        }
    }

    /**
     * The cheapest route from {@code from} to {@code to}, both registered with {@link Builder#port}. The route
     * becomes part of {@code group}: later routes of the group may join it, others avoid it.
     */
    public List<Point> route(Port from, Port to, String group) {
        Search search = new Search(from, to, group);
        List<Point> route = Routes.clean(search.run());
        segments.add(route, group);
        trunks.add(group, route);
        return route;
    }

    /** One A* search. States are (grid point, direction of arrival); the goal is a virtual state. */
    private final class Search {

        private final Port from;
        private final Port to;
        private final String group;
        private final int startI;
        private final int startJ;
        private final int goalI;
        private final int goalJ;
        private final Map<Long, Double> best = new HashMap<>();
        private final Map<Long, Long> previous = new HashMap<>();
        private final PriorityQueue<double[]> open = new PriorityQueue<>((a, b) -> a[0] != b[0]
                ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        private TrunkMap.Join bestJoin;
        private long goalState = -1;

        Search(Port from, Port to, String group) {
            this.from = from;
            this.to = to;
            this.group = group;
            Point start = from.out(clearance);
            Point goal = to.out(clearance);
            startI = index(xs, start.x());
            startJ = index(ys, start.y());
            goalI = index(xs, goal.x());
            goalJ = index(ys, goal.y());
        }

        List<Point> run() {
            long start = state(startI, startJ, from.side().ordinal());
            best.put(start, clearance);
            push(start, clearance);
            int expansions = 0;
            while (!open.isEmpty() && expansions++ < MAX_EXPANSIONS) {
                double[] top = open.poll();
                long s = (long) top[2];
                if (s == Long.MIN_VALUE) {
                    return path();
                }
                double g = best.get(s);
                if (top[0] > g + heuristic(s) + EPSILON) {
                    continue;
                }
                expand(s, g);
            }
            return fallback();
        }

        private void expand(long s, double g) {
            int i = gridI(s);
            int j = gridJ(s);
            Side arrived = Side.values()[dir(s)];
            if (i == goalI && j == goalJ && arrived != to.side()) {
                offerGoal(s, g + clearance + (arrived == to.side().opposite() ? 0 : BEND), null);
            }
            TrunkMap.Join join = trunks.join(group, i, j, arrived);
            if (join != null) {
                offerGoal(s, g + join.cost(), join);
            }
            for (Side side : Side.values()) {
                if (side == arrived.opposite()) {
                    continue;
                }
                int ni = i + side.dx();
                int nj = j + side.dy();
                if (ni < 0 || nj < 0 || ni >= xs.length || nj >= ys.length) {
                    continue;
                }
                double cost = g + step(i, j, ni, nj, side) + (side == arrived ? 0 : BEND);
                long next = state(ni, nj, side.ordinal());
                Double known = best.get(next);
                if (known == null || cost < known - EPSILON) {
                    best.put(next, cost);
                    previous.put(next, s);
                    push(next, cost);
                }
            }
        }

        private double step(int i, int j, int ni, int nj, Side side) {
            double x1 = xs[i];
            double y1 = ys[j];
            double x2 = xs[ni];
            double y2 = ys[nj];
            double length = Math.abs(x2 - x1) + Math.abs(y2 - y1);
            double cost = length;
            if (obstacles.inside((x1 + x2) / 2, (y1 + y2) / 2)) {
                cost += length * THROUGH;
            }
            boolean vertical = !side.horizontal();
            double at = vertical ? x1 : y1;
            double a = vertical ? y1 : x1;
            double b = vertical ? y2 : x2;
            cost += segments.crossings(vertical, at, a, b, group) * CROSS;
            cost += segments.overlap(vertical, at, a, b, group) * OVERLAP;
            return cost;
        }

        private void offerGoal(long s, double cost, TrunkMap.Join join) {
            Double known = best.get(Long.MIN_VALUE);
            if (known == null || cost < known - EPSILON) {
                best.put(Long.MIN_VALUE, cost);
                goalState = s;
                bestJoin = join;
                open.add(new double[] {cost, 0, Long.MIN_VALUE});
            }
        }

        private void push(long s, double g) {
            double h = heuristic(s);
            open.add(new double[] {g + h, h, s});
        }

        /** A lower bound of the cost to the goal: the distance, plus the bends that cannot be avoided. */
        private double heuristic(long s) {
            double x = xs[gridI(s)];
            double y = ys[gridJ(s)];
            double gx = xs[goalI];
            double gy = ys[goalJ];
            return Math.abs(x - gx) + Math.abs(y - gy) + BEND * leastBends(x, y, Side.values()[dir(s)], gx, gy,
                    to.side().opposite());
        }

        private List<Point> path() {
            List<Point> reversed = new ArrayList<>();
            for (long s = goalState; ; s = previous.get(s)) {
                reversed.add(new Point(xs[gridI(s)], ys[gridJ(s)]));
                if (!previous.containsKey(s)) {
                    break;
                }
            }
            List<Point> points = new ArrayList<>();
            points.add(from.at());
            for (int k = reversed.size() - 1; k >= 0; k--) {
                points.add(reversed.get(k));
            }
            if (bestJoin == null) {
                points.add(to.out(clearance));
                points.add(to.at());
            } else {
                points.addAll(bestJoin.rest());
            }
            return points;
        }

        /** Out of the source, across, and into the target: used only if the search gives up. */
        private List<Point> fallback() {
            Point a = from.out(clearance);
            Point b = to.out(clearance);
            return List.of(from.at(), a, new Point(a.x(), b.y()), b, to.at());
        }
    }

    /**
     * The fewest turns a route at (x, y) heading {@code heading} needs to reach (gx, gy) heading {@code last}: 0 when
     * the goal lies straight ahead on its line, 1 when one turn at the crossing of the two lines does, else 2.
     */
    static int leastBends(double x, double y, Side heading, double gx, double gy, Side last) {
        double ahead = (gx - x) * heading.dx() + (gy - y) * heading.dy();
        if (heading == last) {
            boolean onLine = heading.horizontal() ? Math.abs(y - gy) < EPSILON : Math.abs(x - gx) < EPSILON;
            return onLine && ahead >= -EPSILON ? 0 : 2;
        }
        if (heading == last.opposite()) {
            return 2;
        }
        double then = (gx - x) * last.dx() + (gy - y) * last.dy();
        return ahead >= -EPSILON && then >= -EPSILON ? 1 : 2;
    }

    private long state(int i, int j, int dir) {
        return ((long) j * xs.length + i) * 4 + dir;
    }

    private int gridI(long s) {
        return (int) ((s / 4) % xs.length);
    }

    private int gridJ(long s) {
        return (int) ((s / 4) / xs.length);
    }

    private static int dir(long s) {
        return (int) (s % 4);
    }

    /** The sorted grid lines between {@code lo} and {@code hi}. */
    private static double[] lines(TreeSet<Double> values, double lo, double hi) {
        return values.subSet(lo - EPSILON, true, hi + EPSILON, true).stream().mapToDouble(Double::doubleValue)
                .toArray();
    }

    /** The index of the grid line at {@code value}. */
    static int index(double[] lines, double value) {
        int lo = 0;
        int hi = lines.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lines[mid] < value - EPSILON) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
