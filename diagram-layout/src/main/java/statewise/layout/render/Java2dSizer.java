package statewise.layout.render;

import statewise.layout.DiagramSizer;
import statewise.layout.EdgeKind;
import statewise.layout.NodeKind;
import statewise.layout.Size;

/**
 * Measures nodes, titles and labels with Java2D font metrics, for drawings made without a display (the render
 * command, tests). Boxes are as the {@link DiagramPainter} draws them: glyph, gap, name, with padding.
 */
public final class Java2dSizer implements DiagramSizer {

    /** One instance serves every caller: it holds no state. */
    public static final Java2dSizer INSTANCE = new Java2dSizer();

    private Java2dSizer() {
    }

    @Override
    public Size state(NodeKind kind, String name) {
        double text = Math.min(TextMetrics.width(DiagramStyle.nameFont(), name), DiagramStyle.NAME_MAX_WIDTH);
        double width = DiagramStyle.NODE_PAD_X * 2 + DiagramStyle.GLYPH + DiagramStyle.GLYPH_GAP + text;
        return new Size(Math.ceil(Math.max(DiagramStyle.NODE_MIN_WIDTH, width)), DiagramStyle.NODE_HEIGHT);
    }

    @Override
    public Size title(NodeKind kind, String title) {
        double text = Math.min(TextMetrics.width(DiagramStyle.titleFont(), title), DiagramStyle.NAME_MAX_WIDTH);
        double width = DiagramStyle.TITLE_PAD_X * 2 + DiagramStyle.TITLE_GLYPH + DiagramStyle.GLYPH_GAP + text;
        return new Size(Math.ceil(width), DiagramStyle.TITLE_HEIGHT);
    }

    @Override
    public Size label(EdgeKind kind, String text) {
        double width = TextMetrics.width(DiagramStyle.labelFont(), text) + 2 * DiagramStyle.LABEL_PAD_X;
        return new Size(Math.ceil(width), DiagramStyle.LABEL_HEIGHT);
    }

    @Override
    public Size marker(NodeKind kind) {
        return new Size(DiagramStyle.MARKER_WIDTH, DiagramStyle.MARKER_HEIGHT);
    }
}
