package statewise.app.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import statewise.app.session.NodePositions;
import statewise.layout.Box;

/**
 * Align and distribute for hand-placed nodes: from the boxes of the selected nodes, the positions (top-left
 * corners, as the sidecar keeps them) that line them up on one edge or centre line, or space them evenly between
 * the outermost two. Pure geometry, so it is tested without a screen; the canvas writes the result as one move.
 */
public enum Arrange {
    ALIGN_LEFT("Align _Left", 2),
    ALIGN_CENTRE("Align _Centres", 2),
    ALIGN_RIGHT("Align _Right", 2),
    ALIGN_TOP("Align _Top", 2),
    ALIGN_MIDDLE("Align _Middles", 2),
    ALIGN_BOTTOM("Align _Bottom", 2),
    DISTRIBUTE_ACROSS("Distribute _Horizontally", 3),
    DISTRIBUTE_DOWN("Distribute _Vertically", 3);

    private final String label;
    private final int least;

    Arrange(String label, int least) {
        this.label = label;
        this.least = least;
    }

    /** The menu label, with its mnemonic. */
    public String label() {
        return label;
    }

    /** How many nodes must be selected for this to mean anything. */
    public int least() {
        return least;
    }

    /** The new positions of the boxes (by id), or an empty map when too few are given. */
    public Map<String, NodePositions.Position> positions(Map<String, Box> boxes) {
        if (boxes.size() < least) {
            return Map.of();
        }
        return switch (this) {
            case ALIGN_LEFT -> align(boxes, b -> min(boxes, Box::x), true);
            case ALIGN_CENTRE -> align(boxes, b -> mean(boxes, Box::centerX) - b.width() / 2, true);
            case ALIGN_RIGHT -> align(boxes, b -> max(boxes, Box::right) - b.width(), true);
            case ALIGN_TOP -> align(boxes, b -> min(boxes, Box::y), false);
            case ALIGN_MIDDLE -> align(boxes, b -> mean(boxes, Box::centerY) - b.height() / 2, false);
            case ALIGN_BOTTOM -> align(boxes, b -> max(boxes, Box::bottom) - b.height(), false);
            case DISTRIBUTE_ACROSS -> distribute(boxes, Box::centerX, true);
            case DISTRIBUTE_DOWN -> distribute(boxes, Box::centerY, false);
        };
    }

    /** Each box moved along one axis to where {@code to} says; the other axis stays. */
    private static Map<String, NodePositions.Position> align(Map<String, Box> boxes, ToDoubleFunction<Box> to,
            boolean horizontal) {
        Map<String, NodePositions.Position> out = new LinkedHashMap<>();
        boxes.forEach((id, b) -> out.put(id, horizontal ? position(to.applyAsDouble(b), b.y())
                : position(b.x(), to.applyAsDouble(b))));
        return out;
    }

    /** Equal steps between the centres of the first and last box along the axis; the others keep the other axis. */
    private static Map<String, NodePositions.Position> distribute(Map<String, Box> boxes, ToDoubleFunction<Box> centre,
            boolean horizontal) {
        List<Map.Entry<String, Box>> sorted = new ArrayList<>(boxes.entrySet());
        sorted.sort(Comparator.comparingDouble(e -> centre.applyAsDouble(e.getValue())));
        double first = centre.applyAsDouble(sorted.get(0).getValue());
        double last = centre.applyAsDouble(sorted.get(sorted.size() - 1).getValue());
        double step = (last - first) / (sorted.size() - 1);
        Map<String, NodePositions.Position> out = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            Box b = sorted.get(i).getValue();
            double at = first + i * step;
            out.put(sorted.get(i).getKey(), horizontal ? position(at - b.width() / 2, b.y())
                    : position(b.x(), at - b.height() / 2));
        }
        return out;
    }

    private static NodePositions.Position position(double x, double y) {
        return new NodePositions.Position(Math.round(x), Math.round(y));
    }

    private static double min(Map<String, Box> boxes, ToDoubleFunction<Box> f) {
        return boxes.values().stream().mapToDouble(f).min().orElse(0);
    }

    private static double max(Map<String, Box> boxes, ToDoubleFunction<Box> f) {
        return boxes.values().stream().mapToDouble(f).max().orElse(0);
    }

    private static double mean(Map<String, Box> boxes, ToDoubleFunction<Box> f) {
        return boxes.values().stream().mapToDouble(f).average().orElse(0);
    }
}
