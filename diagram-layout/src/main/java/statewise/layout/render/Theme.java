package statewise.layout.render;

import java.awt.Color;
import java.util.Locale;
import statewise.layout.NodeKind;

/**
 * The colours of a drawing. Each state type has an accent (border, glyph, container tint) chosen to keep at least
 * 3:1 contrast against the background; text keeps at least 4.5:1.
 */
public enum Theme {
    LIGHT(new Color(0xFFFFFF), new Color(0xFFFFFF), new Color(0x1F2937), new Color(0x4B5563),
            new Color(0x6B7280), new Color(0xC2410C), new Color(0xF3F4F6), new Color(0x9CA3AF)),
    DARK(new Color(0x111827), new Color(0x1F2937), new Color(0xE5E7EB), new Color(0xD1D5DB),
            new Color(0x9CA3AF), new Color(0xFB923C), new Color(0x374151), new Color(0x6B7280));

    private final Color background;
    private final Color nodeFill;
    private final Color text;
    private final Color labelText;
    private final Color edge;
    private final Color catchEdge;
    private final Color labelFill;
    private final Color branchBorder;

    Theme(Color background, Color nodeFill, Color text, Color labelText, Color edge, Color catchEdge,
            Color labelFill, Color branchBorder) {
        this.background = background;
        this.nodeFill = nodeFill;
        this.text = text;
        this.labelText = labelText;
        this.edge = edge;
        this.catchEdge = catchEdge;
        this.labelFill = labelFill;
        this.branchBorder = branchBorder;
    }

    /** The theme named {@code light} or {@code dark} (any case). */
    public static Theme named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    Color background() {
        return background;
    }

    Color nodeFill() {
        return nodeFill;
    }

    Color text() {
        return text;
    }

    Color labelText() {
        return labelText;
    }

    Color edge() {
        return edge;
    }

    Color catchEdge() {
        return catchEdge;
    }

    Color labelFill() {
        return labelFill;
    }

    Color branchBorder() {
        return branchBorder;
    }

    /** The accent of a state type: its border, glyph and container tint. */
    Color accent(NodeKind kind) {
        boolean light = this == LIGHT;
        return switch (kind) {
            case TASK -> new Color(light ? 0x2563EB : 0x60A5FA);
            case PASS -> new Color(light ? 0x64748B : 0x94A3B8);
            case CHOICE -> new Color(light ? 0xB45309 : 0xFBBF24);
            case WAIT -> new Color(light ? 0x7C3AED : 0xA78BFA);
            case SUCCEED -> new Color(light ? 0x15803D : 0x4ADE80);
            case FAIL -> new Color(light ? 0xDC2626 : 0xF87171);
            case PARALLEL -> new Color(light ? 0x0F766E : 0x2DD4BF);
            case MAP -> new Color(light ? 0x4F46E5 : 0x818CF8);
            case DISTRIBUTED_MAP -> new Color(light ? 0x9333EA : 0xC084FC);
            case UNKNOWN -> new Color(light ? 0x92400E : 0xFCD34D);
            case BRANCH -> branchBorder;
            case START, END -> new Color(light ? 0x374151 : 0xD1D5DB);
        };
    }

    /** The accent at low opacity, for the inside of containers. */
    Color tint(NodeKind kind) {
        Color accent = accent(kind);
        return new Color(accent.getRed(), accent.getGreen(), accent.getBlue(), this == LIGHT ? 14 : 28);
    }
}
