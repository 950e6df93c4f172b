package statewise.layout.route;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import statewise.layout.Box;

/**
 * Finds the boxes that contain a point or overlap a box, through a grid of square buckets, so a route search can ask
 * "is this spot inside a node?" in constant time however many nodes there are. One index can be shared by the
 * {@link SideTrunk} and the {@link LabelPlacer} of a level: both must avoid the same nodes and placed labels.
 *
 * <p>Each column of the grid keeps only its non-empty buckets, sorted by row: a long thin query (the trunk beside
 * a long workflow, thousands of pixels tall) visits the buckets that hold something, not every row it spans.
 */
public final class BoxIndex {

    private static final double BUCKET = 160;

    private final Map<Long, TreeMap<Long, List<Box>>> columns = new HashMap<>();

    /** An index of {@code boxes}. */
    public BoxIndex(List<Box> boxes) {
        boxes.forEach(this::add);
    }

    /** Adds a box. */
    public void add(Box box) {
        long lastRow = bucket(box.bottom());
        for (long bx = bucket(box.x()); bx <= bucket(box.right()); bx++) {
            TreeMap<Long, List<Box>> column = columns.computeIfAbsent(bx, k -> new TreeMap<>());
            for (long by = bucket(box.y()); by <= lastRow; by++) {
                column.computeIfAbsent(by, k -> new ArrayList<>(2)).add(box);
            }
        }
    }

    /** True when {@code box} overlaps one of the boxes (touching does not count). */
    boolean overlaps(Box box) {
        return any(box, box::overlaps);
    }

    /**
     * True when {@code test} holds for one of the boxes that may meet {@code area} (those in the buckets it covers;
     * a box may be tested more than once).
     */
    public boolean any(Box area, Predicate<Box> test) {
        return find(area, test) != null;
    }

    /** One of the boxes that may meet {@code area} for which {@code test} holds; null when there is none. */
    public @Nullable Box find(Box area, Predicate<Box> test) {
        long firstRow = bucket(area.y());
        long lastRow = bucket(area.bottom());
        for (long bx = bucket(area.x()); bx <= bucket(area.right()); bx++) {
            TreeMap<Long, List<Box>> column = columns.get(bx);
            if (column == null) {
                continue;
            }
            for (List<Box> candidates : column.subMap(firstRow, true, lastRow, true).values()) {
                for (Box candidate : candidates) {
                    if (test.test(candidate)) {
                        return candidate;
                    }
                }
            }
        }
        return null;
    }

    /** True when the point lies strictly inside one of the boxes. */
    boolean inside(double x, double y) {
        TreeMap<Long, List<Box>> column = columns.get(bucket(x));
        List<Box> candidates = column == null ? null : column.get(bucket(y));
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
}
