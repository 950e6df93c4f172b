package statewise.layout;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the layout should keep.
 *
 * @param pins     nodes the user placed by hand: id to the top-left corner of the node's box, in absolute
 *                 coordinates. They end up exactly there, and their edges are routed around other nodes.
 * @param previous the layout shown before an edit, or null. Given one, nodes that are still there (same id, same
 *                 container) keep their places as far as the new graph allows, so a small edit moves little.
 *                 Without one ("tidy up") the whole diagram is laid out afresh.
 */
public record LayoutOptions(Map<String, Point> pins, @Nullable LayoutResult previous) {

    /** A fresh layout, nothing pinned. */
    public static final LayoutOptions FRESH = new LayoutOptions(Map.of(), null);

    public LayoutOptions {
        pins = Map.copyOf(pins);
    }

    public LayoutOptions withPins(Map<String, Point> newPins) {
        return new LayoutOptions(newPins, previous);
    }

    public LayoutOptions withPrevious(@Nullable LayoutResult newPrevious) {
        return new LayoutOptions(pins, newPrevious);
    }
}
