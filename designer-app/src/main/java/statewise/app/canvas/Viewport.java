package statewise.app.canvas;

import statewise.layout.Box;
import statewise.layout.Point;

/**
 * Where the canvas looks: a scale and the screen position of the diagram's origin. Screen = world * scale +
 * translation. Immutable, so zoom and pan maths is tested without a screen; the view applies it as a transform.
 *
 * @param scale 1 shows the diagram at its laid-out size; always within [{@link #MIN_SCALE}, {@link #MAX_SCALE}]
 * @param x     the screen x of the diagram's origin
 * @param y     the screen y of the diagram's origin
 */
public record Viewport(double scale, double x, double y) {

    public static final double MIN_SCALE = 0.1;
    public static final double MAX_SCALE = 4;

    /** One keyboard or wheel notch zooms by this factor. */
    public static final double STEP = 1.2;

    public static final Viewport IDENTITY = new Viewport(1, 0, 0);

    public Viewport {
        if (!(scale > 0) || Double.isInfinite(scale) || Double.isNaN(x) || Double.isNaN(y)) {
            throw new IllegalArgumentException("bad viewport " + scale + " @ " + x + "," + y);
        }
        scale = clamp(scale);
    }

    /** The diagram point under the screen point. */
    public Point toWorld(double screenX, double screenY) {
        return new Point((screenX - x) / scale, (screenY - y) / scale);
    }

    /** The screen point showing the diagram point. */
    public Point toScreen(Point world) {
        return new Point(world.x() * scale + x, world.y() * scale + y);
    }

    /** The part of the diagram a view of {@code width} by {@code height} shows. */
    public Box visible(double width, double height) {
        Point topLeft = toWorld(0, 0);
        return new Box(topLeft.x(), topLeft.y(), width / scale, height / scale);
    }

    /** Zoomed by {@code factor}, keeping the diagram point under the screen point (pivotX, pivotY) where it is. */
    public Viewport zoomAt(double factor, double pivotX, double pivotY) {
        double next = clamp(scale * factor);
        Point anchor = toWorld(pivotX, pivotY);
        return new Viewport(next, pivotX - anchor.x() * next, pivotY - anchor.y() * next);
    }

    /** The same scale, moved by a screen distance. */
    public Viewport panBy(double dx, double dy) {
        return new Viewport(scale, x + dx, y + dy);
    }

    /** The same scale, with the diagram point in the middle of a view of the given size. */
    public Viewport centredOn(Point world, double width, double height) {
        return new Viewport(scale, width / 2 - world.x() * scale, height / 2 - world.y() * scale);
    }

    /**
     * The viewport that shows all of {@code content} in a view of the given size, with {@code margin} screen pixels
     * around it, centred, never magnified beyond 1:1 (a small diagram stays readable, not huge).
     */
    public static Viewport fit(Box content, double width, double height, double margin) {
        if (content.width() <= 0 || content.height() <= 0 || width <= 2 * margin || height <= 2 * margin) {
            return IDENTITY;
        }
        double scale = clamp(Math.min(1, Math.min((width - 2 * margin) / content.width(),
                (height - 2 * margin) / content.height())));
        double x = (width - content.width() * scale) / 2 - content.x() * scale;
        double y = (height - content.height() * scale) / 2 - content.y() * scale;
        return new Viewport(scale, x, y);
    }

    /**
     * The first view of a diagram: all of it when that keeps it readable (at least {@code minScale}); else its
     * whole width from the top when that is readable (never magnified); else {@code minScale} from the top, centred
     * across. Names stay legible on first sight and the flow reads from its start.
     */
    public static Viewport overview(Box content, double width, double height, double margin, double minScale) {
        Viewport fit = fit(content, width, height, margin);
        if (fit.scale() >= minScale || content.width() <= 0) {
            return fit;
        }
        double across = Math.min(1, (width - 2 * margin) / content.width());
        double scale = Math.max(minScale, across);
        double x = (width - content.width() * scale) / 2 - content.x() * scale;
        return new Viewport(scale, x, margin - content.y() * scale);
    }

    /** The zoom as a whole percentage, for the zoom indicator. */
    public int percent() {
        return (int) Math.round(scale * 100);
    }

    private static double clamp(double scale) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale));
    }
}
