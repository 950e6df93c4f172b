package statewise.layout.route;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import statewise.layout.Point;

/**
 * The straight pieces of routes already drawn, by position, so a route search can count what a move would cross
 * and how far it would run along another route. Each piece belongs to a group (the edges into one port), and a
 * route never counts the pieces of its own group: joining them is what it should do.
 */
final class SegmentIndex {

    private static final double EPSILON = 1e-6;

    /** A piece from {@code from} to {@code to} (from &lt; to) along its line. */
    private record Piece(double from, double to) {
    }

    private final NavigableMap<Double, Map<String, List<Piece>>> horizontal = new TreeMap<>();
    private final NavigableMap<Double, Map<String, List<Piece>>> vertical = new TreeMap<>();

    void add(List<Point> route, String group) {
        for (int i = 0; i + 1 < route.size(); i++) {
            Point a = route.get(i);
            Point b = route.get(i + 1);
            if (Math.abs(a.y() - b.y()) < EPSILON && Math.abs(a.x() - b.x()) >= EPSILON) {
                line(horizontal, a.y(), group).add(new Piece(Math.min(a.x(), b.x()), Math.max(a.x(), b.x())));
            } else if (Math.abs(a.x() - b.x()) < EPSILON && Math.abs(a.y() - b.y()) >= EPSILON) {
                line(vertical, a.x(), group).add(new Piece(Math.min(a.y(), b.y()), Math.max(a.y(), b.y())));
            }
        }
    }

    /**
     * How many pieces of other groups a move crosses at right angles, strictly inside both.
     *
     * @param verticalMove whether the move runs vertically (at x = {@code at}) or horizontally (at y = {@code at})
     */
    int crossings(boolean verticalMove, double at, double from, double to, String group) {
        NavigableMap<Double, Map<String, List<Piece>>> across = verticalMove ? horizontal : vertical;
        double lo = Math.min(from, to);
        double hi = Math.max(from, to);
        if (hi - lo <= 2 * EPSILON) {
            return 0;
        }
        int count = 0;
        for (Map<String, List<Piece>> line : across.subMap(lo + EPSILON, false, hi - EPSILON, false).values()) {
            for (Map.Entry<String, List<Piece>> pieces : line.entrySet()) {
                if (pieces.getKey().equals(group)) {
                    continue;
                }
                for (Piece piece : pieces.getValue()) {
                    if (at > piece.from() + EPSILON && at < piece.to() - EPSILON) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** How far a move runs on top of pieces of other groups. */
    double overlap(boolean verticalMove, double at, double from, double to, String group) {
        NavigableMap<Double, Map<String, List<Piece>>> along = verticalMove ? vertical : horizontal;
        double lo = Math.min(from, to);
        double hi = Math.max(from, to);
        double length = 0;
        for (Map<String, List<Piece>> line : along.subMap(at - EPSILON, true, at + EPSILON, true).values()) {
            for (Map.Entry<String, List<Piece>> pieces : line.entrySet()) {
                if (pieces.getKey().equals(group)) {
                    continue;
                }
                for (Piece piece : pieces.getValue()) {
                    length += Math.max(0, Math.min(hi, piece.to()) - Math.max(lo, piece.from()));
                }
            }
        }
        return length;
    }

    private static List<Piece> line(NavigableMap<Double, Map<String, List<Piece>>> lines, double at, String group) {
        return lines.computeIfAbsent(at, k -> new HashMap<>(4)).computeIfAbsent(group, k -> new ArrayList<>());
    }
}
