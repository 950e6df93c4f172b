package statewise.themes;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One colour of a theme, as a token file writes it ({@code #rrggbb} or {@code #rrggbbaa}). Kept free of any
 * toolkit so the JavaFX stylesheets, the headless renderer (AWT) and the contrast checks all read the same value.
 *
 * @param red   0..255
 * @param green 0..255
 * @param blue  0..255
 * @param alpha 0..255, 255 for opaque
 */
public record TokenColour(int red, int green, int blue, int alpha) {

    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{6})([0-9a-fA-F]{2})?");

    public TokenColour {
        for (int channel : new int[] {red, green, blue, alpha}) {
            if (channel < 0 || channel > 255) {
                throw new IllegalArgumentException("A colour channel must be 0..255, not " + channel);
            }
        }
    }

    /** An opaque colour. */
    public static TokenColour rgb(int red, int green, int blue) {
        return new TokenColour(red, green, blue, 255);
    }

    /** Parses {@code #rrggbb} or {@code #rrggbbaa}. */
    public static TokenColour parse(String hex) {
        Matcher m = HEX.matcher(hex.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a colour (#rrggbb or #rrggbbaa): '" + hex + "'");
        }
        int rgb = Integer.parseInt(m.group(1), 16);
        int alpha = m.group(2) == null ? 255 : Integer.parseInt(m.group(2), 16);
        return new TokenColour(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF, alpha);
    }

    /** This colour with another opacity, {@code 0..1}. */
    public TokenColour withOpacity(double opacity) {
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("An opacity must be 0..1, not " + opacity);
        }
        return new TokenColour(red, green, blue, (int) Math.round(opacity * 255));
    }

    public boolean opaque() {
        return alpha == 255;
    }

    /** The opaque colour this one makes when painted over {@code background} (which must be opaque). */
    public TokenColour over(TokenColour background) {
        double a = alpha / 255.0;
        return rgb(mix(red, background.red, a), mix(green, background.green, a), mix(blue, background.blue, a));
    }

    /** {@code 0xRRGGBB}, for toolkits that take an int. */
    public int rgbValue() {
        return red << 16 | green << 8 | blue;
    }

    /** {@code #rrggbb}, or {@code #rrggbbaa} when not opaque: a value JavaFX CSS and SVG both read. */
    public String hex() {
        String rgb = String.format(Locale.ROOT, "#%06x", rgbValue());
        return opaque() ? rgb : rgb + String.format(Locale.ROOT, "%02x", alpha);
    }

    /** The WCAG 2.x relative luminance of the (opaque) colour, 0 for black to 1 for white. */
    public double relativeLuminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int mix(int top, int bottom, double a) {
        return (int) Math.round(top * a + bottom * (1 - a));
    }

    @Override
    public String toString() {
        return hex();
    }
}
