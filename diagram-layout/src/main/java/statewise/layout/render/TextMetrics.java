package statewise.layout.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;

/**
 * Text widths measured with Java2D, as the PNG renderer draws them. The SVG uses the same numbers: its fonts are
 * named so that viewers pick the same or a similar face.
 */
final class TextMetrics {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private TextMetrics() {
    }

    static double width(Font font, String text) {
        return font.getStringBounds(text, CONTEXT).getWidth();
    }

    /** {@code text}, cut with an ellipsis where needed so that it is at most {@code max} wide. */
    static String fit(Font font, String text, double max) {
        if (width(font, text) <= max) {
            return text;
        }
        int end = text.length();
        while (end > 0 && width(font, text.substring(0, end).stripTrailing() + "…") > max) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end).stripTrailing() + "…";
    }

    /** How far below a line's vertical centre its baseline lies, so text looks centred on that line. */
    static double baselineBelowCentre(Font font) {
        LineMetrics metrics = font.getLineMetrics("Hg", CONTEXT);
        return (metrics.getAscent() - metrics.getDescent()) / 2;
    }
}
