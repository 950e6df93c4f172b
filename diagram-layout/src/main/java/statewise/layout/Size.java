package statewise.layout;

/**
 * A width and a height in pixels. The caller measures every state box, container title and edge label (with its own
 * font metrics) and the layout keeps those sizes exactly.
 */
public record Size(double width, double height) {

    public static final Size ZERO = new Size(0, 0);

    public Size {
        if (!(width >= 0) || !(height >= 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
            throw new IllegalArgumentException("a size is finite and not negative: " + width + " x " + height);
        }
    }
}
