package statewise.layout.route;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import statewise.layout.Box;

/**
 * Finds the boxes that contain a point or overlap a box, through a grid of square buckets, so a route search can ask
 * "is this spot inside a node?" in constant time however many nodes there are.
 */
final class BoxIndex {

    private static final double BUCKET = 160;

    private final Map<Long, List<Box>> buckets = new HashMap<>();

    BoxIndex(List<Box> boxes) {
        boxes.forEach(this::add);
    }

    void add(Box box) {
        for (long bx = bucket(box.x()); bx <= bucket(box.right()); bx++) {
            for (long by = bucket(box.y()); by <= bucket(box.bottom()); by++) {
                buckets.computeIfAbsent(key(bx, by), k -> new ArrayList<>(2)).add(box);
            }
        }
    }

    /** True when {@code box} overlaps one of the boxes (touching does not count). */
    boolean overlaps(Box box) {
        for (long bx = bucket(box.x()); bx <= bucket(box.right()); bx++) {
            for (long by = bucket(box.y()); by <= bucket(box.bottom()); by++) {
                List<Box> candidates = buckets.get(key(bx, by));
                if (candidates != null && candidates.stream().anyMatch(box::overlaps)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the point lies strictly inside one of the boxes. */
    boolean inside(double x, double y) {
        List<Box> candidates = buckets.get(key(bucket(x), bucket(y)));
        if (candidates == null) {
            return false;
        }
        for (Box box : candidates) {
            if (x > box.x() && x < box.right() && y > box.y() && y < box.bottom()) {
                return true;
            }
        }
        return false;
    }

    private static long bucket(double v) {
        return (long) Math.floor(v / BUCKET);
    }

    private static long key(long bx, long by) {
        return (bx << 32) ^ (by & 0xFFFFFFFFL);
    }
}
