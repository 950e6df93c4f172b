package statewise.layout.route;

import java.util.ArrayList;
import java.util.List;
import statewise.layout.Box;
import statewise.layout.Point;
import statewise.layout.Size;

/**
 * Puts the label of a routed edge next to the start of its route, where it overlaps no node and no other label:
 * beside the first segments, trying a few places along each. Labels sit near the source so a Choice state's rules
 * can be told apart where they leave it.
 */
public final class LabelPlacer {

    /** Between a label and its route. */
    static final double GAP = 3;
    private static final int SEGMENTS_TRIED = 3;
    private static final int MAX_RINGS = 12;

    private final BoxIndex taken;
    private final Box bounds;

    /**
     * @param obstacles what labels must not overlap (nodes, labels already placed)
     * @param bounds    where labels must stay
     */
    public LabelPlacer(List<Box> obstacles, Box bounds) {
        this(new BoxIndex(obstacles), bounds);
    }

    /**
     * @param taken  what labels must not overlap; every label placed is added to it
     * @param bounds where labels must stay
     */
    public LabelPlacer(BoxIndex taken, Box bounds) {
        this.taken = taken;
        this.bounds = bounds;
    }

    /** A free place for a label of {@code size} along {@code route}; it is taken from then on. */
    public Box place(Size size, List<Point> route) {
        List<Box> candidates = candidates(size, route, SEGMENTS_TRIED);
        if (route.size() - 1 > SEGMENTS_TRIED) {
            candidates.addAll(candidates(size, route, route.size() - 1));
        }
        for (Box box : candidates) {
            if (bounds.contains(box) && !taken.overlaps(box)) {
                taken.add(box);
                return box;
            }
        }
        Box fallback = nearestFree(candidates.get(0));
        taken.add(fallback);
        return fallback;
    }

    /**
     * The first free place found stepping away from {@code box}, right and down in growing rings: for routes so
     * boxed in that no place beside them is free. Gives {@code box} itself if none is found within bounds.
     */
    private Box nearestFree(Box box) {
        double step = box.height();
        for (int ring = 1; ring <= MAX_RINGS; ring++) {
            for (int[] d : new int[][] {{0, 1}, {1, 0}, {0, -1}, {-1, 0}, {1, 1}, {-1, 1}, {1, -1}, {-1, -1}}) {
                Box moved = box.translate(d[0] * ring * step, d[1] * ring * step);
                if (bounds.contains(moved) && !taken.overlaps(moved)) {
                    return moved;
                }
            }
        }
        return box;
    }

    /** Something placed later that labels must avoid too. */
    public void take(Box box) {
        taken.add(box);
    }

    private static List<Box> candidates(Size size, List<Point> route, int segments) {
        List<Box> out = new ArrayList<>();
        double w = size.width();
        double h = size.height();
        for (int k = 0; k + 1 < route.size() && k < segments; k++) {
            Point a = route.get(k);
            Point b = route.get(k + 1);
            boolean horizontal = Math.abs(a.y() - b.y()) < Routes.EPSILON;
            double length = horizontal ? Math.abs(b.x() - a.x()) : Math.abs(b.y() - a.y());
            double sign = horizontal ? Math.signum(b.x() - a.x()) : Math.signum(b.y() - a.y());
            double along = horizontal ? w : h;
            for (double t : new double[] {GAP + 4, (length - along) / 2, length - along - GAP - 4}) {
                if (t < 0 || t + along > length + 1e-9) {
                    continue;
                }
                if (horizontal) {
                    double left = sign > 0 ? a.x() + t : a.x() - t - w;
                    out.add(new Box(left, a.y() - GAP - h, w, h));
                    out.add(new Box(left, a.y() + GAP, w, h));
                } else {
                    double top = sign > 0 ? a.y() + t : a.y() - t - h;
                    out.add(new Box(a.x() + GAP, top, w, h));
                    out.add(new Box(a.x() - GAP - w, top, w, h));
                }
            }
        }
        if (out.isEmpty()) {
            Point a = route.get(0);
            out.add(new Box(a.x() + GAP, a.y() + GAP, w, h));
        }
        return out;
    }
}
