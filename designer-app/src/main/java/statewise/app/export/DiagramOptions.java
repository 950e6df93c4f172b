package statewise.app.export;

import java.util.List;
import statewise.themes.Theme;

/**
 * How File → Export draws the diagram: in which theme (the one the window shows, unless the user picks another)
 * and, for the PNG, at how many image pixels per diagram unit.
 *
 * @param theme the colours
 * @param scale image pixels per diagram unit (the SVG ignores it)
 */
public record DiagramOptions(Theme theme, double scale) {

    /** The scales the PNG export offers, in image pixels per diagram unit. */
    public static final List<String> SCALES = List.of("1×", "2×", "3×");

    public DiagramOptions {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("The scale must be positive: " + scale);
        }
    }

    /** The scale a label of {@link #SCALES} names. */
    public static double scaleOf(String label) {
        int index = SCALES.indexOf(label);
        if (index < 0) {
            throw new IllegalArgumentException("Not a scale: " + label + "; expected one of " + SCALES);
        }
        return index + 1;
    }
}
