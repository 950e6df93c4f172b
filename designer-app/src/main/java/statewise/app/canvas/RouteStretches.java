package statewise.app.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.layout.Arrowhead;
import statewise.layout.Box;
import statewise.layout.Point;

/**
 * The stretches of edge routes one tile of the zoomed-out picture strokes: each segment cut to the tile, and a
 * stretch that many edges share (the hundreds of Default edges running down to one Fail state) stroked at most
 * {@link #MOST} times. The colours are opaque, so stacking more copies only darkens the anti-aliased fringe, and after
 * {@code MOST} copies that fringe is already as dark as eight bits show; stroking each copy was what made a tile of
 * such a diagram costly. The same holds for arrowheads drawn on the same spot.
 *
 * <p>Precondition: routes are orthogonal except perhaps for a few slanted segments, which are kept whole.
 */
final class RouteStretches {

    /** The most times one stretch (or arrowhead) is stroked in a tile. */
    static final int MOST = 64;

    /** A segment, or an arrowhead's tip and base, in one colour group. */
    private record Key(double x1, double y1, double x2, double y2, int group) {
    }

    private final Box area;
    private final Map<Key, Integer> drawn = new HashMap<>();

    /** Stretches within {@code area}, in diagram coordinates (the tile and the room its strokes' caps take). */
    RouteStretches(Box area) {
        this.area = area;
    }

    /**
     * The connected runs of {@code route} within the area, each segment cut to it, leaving out segments stroked
     * {@link #MOST} times already in colour group {@code group}; empty when none is left.
     */
    List<List<Point>> runs(List<Point> route, int group) {
        List<List<Point>> runs = new ArrayList<>();
        @Nullable List<Point> run = null;
        for (int i = 1; i < route.size(); i++) {
            Point @Nullable [] cut = cut(route.get(i - 1), route.get(i));
            if (cut == null || !count(new Key(cut[0].x(), cut[0].y(), cut[1].x(), cut[1].y(), group))) {
                run = null;
                continue;
            }
            if (run == null || !run.get(run.size() - 1).equals(cut[0])) {
                run = new ArrayList<>(List.of(cut[0]));
                runs.add(run);
            }
            run.add(cut[1]);
        }
        return runs;
    }

    /** True when {@code head} meets the area and has not been drawn {@link #MOST} times in {@code group}. */
    boolean arrowhead(Arrowhead head, int group) {
        Box box = new Box(head.tip().x(), head.tip().y(), 0, 0).union(new Box(head.left().x(), head.left().y(), 0, 0))
                .union(new Box(head.right().x(), head.right().y(), 0, 0));
        return DrawnArea.touches(area, box)
                && count(new Key(head.tip().x(), head.tip().y(), head.base().x(), head.base().y(), -1 - group));
    }

    private boolean count(Key key) {
        int times = drawn.merge(key, 1, Integer::sum);
        return times <= MOST;
    }

    /** The part of segment a-b within the area (kept whole when slanted), or null when it misses the area. */
    private Point @Nullable [] cut(Point a, Point b) {
        Box bounds = new Box(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(a.x() - b.x()),
                Math.abs(a.y() - b.y()));
        if (!DrawnArea.touches(area, bounds)) {
            return null;
        }
        if (a.x() == b.x()) {
            return new Point[] {new Point(a.x(), clamp(a.y(), area.y(), area.bottom())),
                    new Point(b.x(), clamp(b.y(), area.y(), area.bottom()))};
        }
        if (a.y() == b.y()) {
            return new Point[] {new Point(clamp(a.x(), area.x(), area.right()), a.y()),
                    new Point(clamp(b.x(), area.x(), area.right()), b.y())};
        }
        return new Point[] {a, b};
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
