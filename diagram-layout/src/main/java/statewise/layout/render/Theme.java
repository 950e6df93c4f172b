package statewise.layout.render;

import java.awt.Color;
import java.util.Locale;
import statewise.layout.NodeKind;
import statewise.themes.TokenColour;

/**
 * The colours of a drawing: the designer's theme tokens ({@link statewise.themes.Theme}) mapped to what the
 * renderer paints, so {@code statewise render} and the designer's canvas draw a workflow alike. The themes module
 * checks their contrast (WCAG AA: 4.5:1 for text, 3:1 for state borders and edges).
 */
public enum Theme {
    LIGHT(statewise.themes.Theme.LIGHT),
    DARK(statewise.themes.Theme.DARK),
    HIGH_CONTRAST(statewise.themes.Theme.HIGH_CONTRAST);

    private final statewise.themes.Theme tokens;

    Theme(statewise.themes.Theme tokens) {
        this.tokens = tokens;
    }

    /** The theme named {@code light}, {@code dark} or {@code high-contrast} (any case). */
    public static Theme named(String name) {
        return valueOf(statewise.themes.Theme.named(name).name());
    }

    /** The names {@link #named} takes. */
    public static String ids() {
        return statewise.themes.Theme.ids();
    }

    Color background() {
        return colour("surface");
    }

    Color nodeFill() {
        return colour("node-fill");
    }

    Color text() {
        return colour("text");
    }

    Color labelText() {
        return colour("text-muted");
    }

    Color edge() {
        return colour("edge");
    }

    Color catchEdge() {
        return colour("edge-catch");
    }

    Color labelFill() {
        return colour("edge-label");
    }

    Color branchBorder() {
        return colour("kind-branch");
    }

    /** The accent of a state type: its border, glyph and container tint. */
    Color accent(NodeKind kind) {
        return colour(token(kind));
    }

    /** The accent at low opacity, for the inside of containers; Parallel branches are not filled. */
    Color tint(NodeKind kind) {
        return kind == NodeKind.BRANCH ? new Color(0, 0, 0, 0) : colour(token(kind) + "-tint");
    }

    private static String token(NodeKind kind) {
        return switch (kind) {
            case START, END -> "kind-marker";
            default -> "kind-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        };
    }

    private Color colour(String name) {
        TokenColour c = tokens.tokens().colour(name);
        return new Color(c.red(), c.green(), c.blue(), c.alpha());
    }
}
