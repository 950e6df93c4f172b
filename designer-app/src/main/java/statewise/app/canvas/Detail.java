package statewise.app.canvas;

/**
 * How much of the diagram the canvas draws. Below {@link #LOW_BELOW} (a fit view of a large diagram) names, icons
 * and edge labels are too small to read, yet they are what costs: a label is a control styled with CSS, an icon a
 * glyph of an icon font. There states are drawn as their coloured boxes and edges as their lines, which a thousand
 * states can afford; zooming back in brings the text back.
 */
enum Detail {

    /** Everything: names, icons, badges, connect handles, edge labels. */
    FULL,

    /** Boxes and lines only; style classes and marks (selection, run status, breakpoints) still apply. */
    LOW;

    /** The style class of a node or edge drawn at {@link #LOW}: the stylesheet drops dashes there. */
    static final String LOW_STYLE_CLASS = "low-detail";

    /** The zoom below which the canvas draws {@link #LOW}: 40 %. */
    static final double LOW_BELOW = 0.4;

    /** The detail to draw at zoom {@code scale}. */
    static Detail at(double scale) {
        return scale < LOW_BELOW ? LOW : FULL;
    }
}
