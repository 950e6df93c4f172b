package statewise.layout.render;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;

/**
 * The measures of a drawn diagram, shared by the sizer that tells the layout how big things are and the painter
 * that draws them, so text always fits its box.
 */
final class DiagramStyle {

    /** Font families tried in order; the SVG names the same ones so viewers pick similar metrics. */
    static final List<String> FONT_FAMILIES = List.of("DejaVu Sans", "Verdana", "Arial");
    static final String SVG_FONT_FAMILY = "'DejaVu Sans', Verdana, Arial, sans-serif";

    static final float NAME_SIZE = 13f;
    static final float TITLE_SIZE = 12f;
    static final float LABEL_SIZE = 11f;

    static final double NODE_HEIGHT = 40;
    static final double NODE_MIN_WIDTH = 120;
    /** Longest name width drawn in full; longer names are cut with an ellipsis. */
    static final double NAME_MAX_WIDTH = 240;
    static final double NODE_PAD_X = 12;
    static final double GLYPH = 16;
    static final double GLYPH_GAP = 8;
    static final double CORNER = 8;

    static final double TITLE_HEIGHT = 28;
    static final double TITLE_GLYPH = 14;
    static final double TITLE_PAD_X = 10;

    static final double LABEL_PAD_X = 5;
    static final double LABEL_HEIGHT = 18;

    static final double MARKER_WIDTH = 64;
    static final double MARKER_HEIGHT = 28;

    private static final String FAMILY = pickFamily();

    private DiagramStyle() {
    }

    static Font nameFont() {
        return new Font(FAMILY, Font.PLAIN, 1).deriveFont(NAME_SIZE);
    }

    static Font titleFont() {
        return new Font(FAMILY, Font.BOLD, 1).deriveFont(TITLE_SIZE);
    }

    static Font labelFont() {
        return new Font(FAMILY, Font.PLAIN, 1).deriveFont(LABEL_SIZE);
    }

    private static String pickFamily() {
        List<String> installed = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames());
        return FONT_FAMILIES.stream().filter(installed::contains).findFirst().orElse(Font.SANS_SERIF);
    }
}
