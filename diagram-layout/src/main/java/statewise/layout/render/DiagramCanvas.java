package statewise.layout.render;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import statewise.layout.Box;
import statewise.layout.Point;

/**
 * The few drawing operations a diagram needs. {@link DiagramPainter} draws through this interface only, so the SVG
 * and the PNG come from one drawing routine and look the same. Colours may carry alpha; {@code null} fill or stroke
 * means none.
 */
interface DiagramCanvas {

    /** A rectangle with rounded corners (radius 0 for square ones). */
    void rect(Box box, double radius, Stroke stroke, Color fill);

    void ellipse(Box box, Stroke stroke, Color fill);

    /** A closed polygon. */
    void polygon(List<Point> points, Stroke stroke, Color fill);

    /** An open line through the points. */
    void polyline(List<Point> points, Stroke stroke);

    /** One line of text; {@code x} is its left end, {@code baseline} the y of its baseline. */
    void text(String text, double x, double baseline, Font font, Color color);

    /**
     * How a line is drawn.
     *
     * @param color  null for no line
     * @param width  in pixels
     * @param dashed long dashes (Catch edges, branch borders)
     */
    record Stroke(Color color, double width, boolean dashed) {

        static final Stroke NONE = new Stroke(new Color(0, 0, 0, 0), 0, false);

        static Stroke solid(Color color, double width) {
            return new Stroke(color, width, false);
        }

        static Stroke dashed(Color color, double width) {
            return new Stroke(color, width, true);
        }

        boolean visible() {
            return width > 0 && color.getAlpha() > 0;
        }
    }
}
