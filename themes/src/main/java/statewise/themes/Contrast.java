package statewise.themes;

/**
 * WCAG 2.x contrast between two colours: {@code (L1 + 0.05) / (L2 + 0.05)} of their relative luminances, from 1:1
 * to 21:1. Level AA asks 4.5:1 for normal text and 3:1 for large text and for graphics (state borders, status
 * colours, icons) against what they sit on.
 */
public final class Contrast {

    /** AA for normal text. */
    public static final double AA_TEXT = 4.5;

    /** AA for large text and for graphical objects. */
    public static final double AA_GRAPHIC = 3.0;

    /**
     * The least for a faint decoration that carries no meaning (the canvas grid): WCAG asks nothing of it, but
     * below this it vanishes on many screens, and it must stay well under {@link #AA_GRAPHIC} to keep out of the
     * way of what does.
     */
    public static final double DECORATION = 1.3;

    private Contrast() {
    }

    /**
     * The contrast ratio of {@code foreground} on {@code background}; a translucent colour is taken as painted over
     * the other one, a translucent background as painted over white.
     */
    public static double ratio(TokenColour foreground, TokenColour background) {
        TokenColour bottom = background.opaque() ? background : background.over(TokenColour.rgb(255, 255, 255));
        TokenColour top = foreground.opaque() ? foreground : foreground.over(bottom);
        double a = top.relativeLuminance();
        double b = bottom.relativeLuminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }
}
