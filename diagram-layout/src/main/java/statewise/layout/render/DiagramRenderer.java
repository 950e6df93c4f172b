package statewise.layout.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;
import statewise.layout.LayoutResult;

/**
 * Draws a finished layout without a display, as SVG text or as a PNG image. Both come from one painter, so they
 * show the same thing; the designer's canvas draws the same {@link LayoutResult} with JavaFX.
 */
public final class DiagramRenderer {

    /** PNGs are drawn at twice the layout's size when that stays under this many pixels, else smaller. */
    static final double MAX_PIXELS = 40_000_000;

    private DiagramRenderer() {
    }

    /** The drawing as an SVG document. */
    public static String svg(LayoutResult layout, Theme theme) {
        SvgCanvas canvas = new SvgCanvas(layout.size().width(), layout.size().height(), theme.background());
        DiagramPainter.paint(layout, theme, canvas);
        return canvas.finish();
    }

    /** The drawing as an image, {@code scale} pixels per layout unit. */
    public static BufferedImage image(LayoutResult layout, Theme theme, double scale) {
        Java2dCanvas canvas = new Java2dCanvas(layout.size().width(), layout.size().height(), scale,
                theme.background());
        DiagramPainter.paint(layout, theme, canvas);
        return canvas.finish();
    }

    /** Writes the drawing as PNG, at twice its size unless that would be too many pixels. */
    public static void writePng(LayoutResult layout, Theme theme, OutputStream out) throws IOException {
        ImageIO.write(image(layout, theme, pngScale(layout)), "png", out);
    }

    /** 2, or less for diagrams so large that twice their size would exceed {@link #MAX_PIXELS}. */
    static double pngScale(LayoutResult layout) {
        double area = Math.max(1, layout.size().width() * layout.size().height());
        return Math.min(2, Math.sqrt(MAX_PIXELS / area));
    }
}
