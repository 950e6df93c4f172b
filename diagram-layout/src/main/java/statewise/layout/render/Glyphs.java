package statewise.layout.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import statewise.layout.Box;
import statewise.layout.NodeKind;
import statewise.layout.Point;
import statewise.layout.render.DiagramCanvas.Stroke;

/**
 * The small picture that tells a state's type at a glance, drawn from lines and shapes (no font glyphs, so an SVG
 * looks the same in every viewer): a bolt for Task, an arrow for Pass, a diamond for Choice, a clock for Wait, a
 * tick for Succeed, a cross for Fail, lanes for Parallel, stacked items for Map, a grid for a distributed Map.
 */
final class Glyphs {

    private static final Color CLEAR = new Color(0, 0, 0, 0);

    private Glyphs() {
    }

    /** Draws the glyph of {@code kind} in the square {@code box}, in {@code color} ({@code on}: colour drawn on it). */
    static void draw(DiagramCanvas canvas, NodeKind kind, Box box, Color color, Color on) {
        double s = box.width();
        double x = box.x();
        double y = box.y();
        Stroke line = Stroke.solid(color, Math.max(1.5, s / 10));
        switch (kind) {
            case TASK -> canvas.polygon(points(x, y, s, 0.58, 0.02, 0.16, 0.56, 0.46, 0.56, 0.38, 0.98, 0.84, 0.40,
                    0.52, 0.40), Stroke.solid(color, 1), color);
            case PASS -> {
                canvas.polyline(points(x, y, s, 0.1, 0.5, 0.88, 0.5), line);
                canvas.polyline(points(x, y, s, 0.56, 0.2, 0.88, 0.5, 0.56, 0.8), line);
            }
            case CHOICE -> canvas.polygon(points(x, y, s, 0.5, 0.04, 0.96, 0.5, 0.5, 0.96, 0.04, 0.5), line, CLEAR);
            case WAIT -> {
                canvas.ellipse(inset(box, 0.06), line, CLEAR);
                canvas.polyline(points(x, y, s, 0.5, 0.24, 0.5, 0.5, 0.72, 0.62), line);
            }
            case SUCCEED -> {
                canvas.ellipse(box, Stroke.NONE, color);
                canvas.polyline(points(x, y, s, 0.26, 0.52, 0.44, 0.70, 0.76, 0.34), Stroke.solid(on, s / 8));
            }
            case FAIL -> {
                canvas.ellipse(box, Stroke.NONE, color);
                Stroke cross = Stroke.solid(on, s / 8);
                canvas.polyline(points(x, y, s, 0.32, 0.32, 0.68, 0.68), cross);
                canvas.polyline(points(x, y, s, 0.68, 0.32, 0.32, 0.68), cross);
            }
            case PARALLEL -> {
                for (double f : new double[] {0.2, 0.5, 0.8}) {
                    canvas.polyline(points(x, y, s, f, 0.1, f, 0.9), line);
                }
            }
            case MAP -> {
                canvas.rect(new Box(x + s * 0.34, y + s * 0.06, s * 0.6, s * 0.6), 2, line, CLEAR);
                canvas.rect(new Box(x + s * 0.06, y + s * 0.34, s * 0.6, s * 0.6), 2, line, on);
            }
            case DISTRIBUTED_MAP -> {
                for (int i = 0; i < 3; i++) {
                    for (int j = 0; j < 3; j++) {
                        canvas.rect(new Box(x + s * (0.04 + i * 0.34), y + s * (0.04 + j * 0.34), s * 0.26,
                                s * 0.26), 1, Stroke.NONE, color);
                    }
                }
            }
            case UNKNOWN -> {
                canvas.ellipse(inset(box, 0.06), line, CLEAR);
                canvas.polyline(points(x, y, s, 0.36, 0.38, 0.42, 0.26, 0.58, 0.26, 0.64, 0.38, 0.5, 0.52, 0.5,
                        0.62), line);
                canvas.ellipse(new Box(x + s * 0.45, y + s * 0.72, s * 0.1, s * 0.1), Stroke.NONE, color);
            }
            case BRANCH, START, END -> {
                // Branches and markers are told apart by their shape and text, not by a glyph.
            }
        }
    }

    private static Box inset(Box box, double fraction) {
        double d = box.width() * fraction;
        return new Box(box.x() + d, box.y() + d, box.width() - 2 * d, box.height() - 2 * d);
    }

    /** Points given as fractions of the glyph square: x0, y0, x1, y1, ... */
    private static List<Point> points(double x, double y, double size, double... fractions) {
        List<Point> points = new ArrayList<>(fractions.length / 2);
        for (int i = 0; i + 1 < fractions.length; i += 2) {
            points.add(new Point(x + fractions[i] * size, y + fractions[i + 1] * size));
        }
        return points;
    }
}
