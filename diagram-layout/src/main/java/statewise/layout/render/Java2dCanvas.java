package statewise.layout.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import statewise.layout.Box;
import statewise.layout.Point;

/** Draws into a Java2D image (for PNG), anti-aliased, at a scale (2 gives crisp text on high-density screens). */
final class Java2dCanvas implements DiagramCanvas {

    private final BufferedImage image;
    private final Graphics2D g;

    Java2dCanvas(double width, double height, double scale, Color background) {
        image = new BufferedImage(Math.max(1, (int) Math.ceil(width * scale)),
                Math.max(1, (int) Math.ceil(height * scale)), BufferedImage.TYPE_INT_ARGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(background);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.scale(scale, scale);
    }

    /** The finished image. */
    BufferedImage finish() {
        g.dispose();
        return image;
    }

    @Override
    public void rect(Box box, double radius, Stroke stroke, Color fill) {
        draw(new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(), radius * 2, radius * 2),
                stroke, fill);
    }

    @Override
    public void ellipse(Box box, Stroke stroke, Color fill) {
        draw(new Ellipse2D.Double(box.x(), box.y(), box.width(), box.height()), stroke, fill);
    }

    @Override
    public void polygon(List<Point> points, Stroke stroke, Color fill) {
        Path2D.Double path = path(points);
        path.closePath();
        draw(path, stroke, fill);
    }

    @Override
    public void polyline(List<Point> points, Stroke stroke) {
        draw(path(points), stroke, new Color(0, 0, 0, 0));
    }

    @Override
    public void text(String text, double x, double baseline, Font font, Color color) {
        g.setFont(font);
        g.setColor(color);
        g.drawString(text, (float) x, (float) baseline);
    }

    private void draw(java.awt.Shape shape, Stroke stroke, Color fill) {
        if (fill.getAlpha() > 0) {
            g.setColor(fill);
            g.fill(shape);
        }
        if (stroke.visible()) {
            g.setColor(stroke.color());
            g.setStroke(stroke.dashed()
                    ? new BasicStroke((float) stroke.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                            new float[] {6f, 4f}, 0f)
                    : new BasicStroke((float) stroke.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(shape);
        }
    }

    private static Path2D.Double path(List<Point> points) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 1; i < points.size(); i++) {
            path.lineTo(points.get(i).x(), points.get(i).y());
        }
        return path;
    }
}
