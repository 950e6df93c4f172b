package statewise.app.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

/**
 * The canvas's background grid: faint lines every {@link #SPACING} diagram units that pan and zoom with the
 * diagram, in the theme's {@code -sw-grid} colour ({@code canvas.css}). Only the part on screen is drawn, in screen
 * pixels, so a 1,000-state diagram costs the same hundred-odd lines as a small one, and the lines stay one crisp
 * pixel at every zoom. Zoomed out far, every second (fourth…) line is left out so the grid never crowds.
 */
final class CanvasGrid {

    /** The style class of the grid's path. */
    static final String STYLE_CLASS = "canvas-grid";
    /** Diagram units between two lines at 100 %. */
    static final double SPACING = 40;
    /** Lines closer than this many screen pixels are thinned out. */
    static final double LEAST_GAP = 16;

    /** Where the lines fall on screen: x of the vertical ones and y of the horizontal ones, in pixels. */
    record Lines(List<Double> xs, List<Double> ys) {

        Lines {
            xs = List.copyOf(xs);
            ys = List.copyOf(ys);
        }

        /** The lines of the grid in a view of {@code width} × {@code height} pixels showing {@code view}. */
        static Lines of(Viewport view, double width, double height) {
            double step = SPACING * view.scale();
            while (step < LEAST_GAP) {
                step *= 2;
            }
            return new Lines(positions(view.x(), step, width), positions(view.y(), step, height));
        }

        /** The pixel centres in [0, {@code extent}) of lines {@code step} apart, one of them at {@code origin}. */
        private static List<Double> positions(double origin, double step, double extent) {
            List<Double> at = new ArrayList<>();
            double first = ((origin % step) + step) % step;
            for (double p = first; p < extent; p += step) {
                at.add(Math.floor(p) + 0.5);
            }
            return at;
        }
    }

    private final Path path = new Path();
    private Viewport view = Viewport.IDENTITY;
    private double width;
    private double height;

    CanvasGrid() {
        path.getStyleClass().add(STYLE_CLASS);
        path.setMouseTransparent(true);
        path.setManaged(false);
        path.visibleProperty().addListener((property, old, shown) -> {
            if (shown) {
                redraw(view, width, height);
            } else {
                path.getElements().clear();
            }
        });
    }

    Node node() {
        return path;
    }

    /** Whether the grid is drawn (View → Show/Hide Grid). */
    BooleanProperty shownProperty() {
        return path.visibleProperty();
    }

    /** Draws the grid for {@code view} in a canvas of {@code width} × {@code height} pixels (nothing while hidden). */
    void redraw(Viewport now, double nowWidth, double nowHeight) {
        view = now;
        width = nowWidth;
        height = nowHeight;
        if (!path.isVisible()) {
            return;
        }
        Lines lines = Lines.of(view, width, height);
        List<PathElement> elements = new ArrayList<>(2 * (lines.xs().size() + lines.ys().size()));
        for (double x : lines.xs()) {
            elements.add(new MoveTo(x, 0));
            elements.add(new LineTo(x, height));
        }
        for (double y : lines.ys()) {
            elements.add(new MoveTo(0, y));
            elements.add(new LineTo(width, y));
        }
        path.getElements().setAll(elements);
    }
}
