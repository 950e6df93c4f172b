package statewise.app.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

/**
 * The canvas's background grid: faint lines every {@link #SPACING} diagram units that pan and zoom with the
 * diagram, in the theme's {@code -sw-grid} colour ({@code canvas.css}). Only the part on screen is drawn, in screen
 * pixels, so a 1,000-state diagram costs the same hundred-odd lines as a small one, and the lines stay one crisp
 * pixel at every zoom. Zoomed out far, every second (fourth…) line is left out so the grid never crowds. Below
 * 100 % the grid fades with the zoom, so a zoomed-out grid stays a quiet decoration: the token's contrast (a
 * "decoration" in the themes' contrast test) is what the grid shows at 100 % and closer.
 */
final class CanvasGrid {

    /** The style class of the grid's path. */
    static final String STYLE_CLASS = "canvas-grid";
    /** Diagram units between two lines at 100 %. */
    static final double SPACING = 40;
    /** Lines closer than this many screen pixels are thinned out. */
    static final double LEAST_GAP = 16;
    /** The grid's opacity at {@link #FADED_SCALE} and below; it reaches 1 at 100 %. */
    static final double FAINTEST = 0.3;
    /** The zoom at which the grid is faintest: where its lines first come {@link #LEAST_GAP} close. */
    static final double FADED_SCALE = LEAST_GAP / SPACING;

    /**
     * Where the lines fall on screen and how strongly they are drawn.
     *
     * @param xs      x of the vertical lines, in pixels
     * @param ys      y of the horizontal lines, in pixels
     * @param opacity from {@link #FAINTEST} (zoomed out to {@link #FADED_SCALE} or further) to 1 (100 % or closer)
     */
    record Lines(List<Double> xs, List<Double> ys, double opacity) {

        Lines {
            xs = List.copyOf(xs);
            ys = List.copyOf(ys);
        }

        /** The lines of the grid in a view of {@code width} × {@code height} pixels showing {@code view}. */
        static Lines of(Viewport view, double width, double height) {
            double step = step(view.scale());
            return new Lines(positions(view.x(), step, width), positions(view.y(), step, height),
                    opacity(view.scale()));
        }

        /** Screen pixels between two lines at zoom {@code scale}: {@link #SPACING}, doubled until not crowded. */
        static double step(double scale) {
            double step = SPACING * scale;
            while (step < LEAST_GAP) {
                step *= 2;
            }
            return step;
        }

        /**
         * From {@link #FAINTEST} at {@link #FADED_SCALE} to 1 at 100 %, quadratic in the zoom so the grid is already
         * quiet at 50-75 %, where diagrams are usually looked at whole.
         */
        private static double opacity(double scale) {
            double closeness = Math.max(0, Math.min(1, (scale - FADED_SCALE) / (1 - FADED_SCALE)));
            return FAINTEST + (1 - FAINTEST) * closeness * closeness;
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

    /** Grids made for the last few steps (zoom levels), kept with their cached pictures. */
    private static final int KEPT = 2;

    private final Group grids = new Group();
    /** The grid's path for each step it was made for, least recently shown first. */
    private final Map<Double, Path> made = new LinkedHashMap<>(4, 0.75f, true);
    private Viewport view = Viewport.IDENTITY;
    private double width;
    private double height;
    /** The width and height the paths' lines were made for; a new size makes them again. */
    private double madeWidth;
    private double madeHeight;

    CanvasGrid() {
        grids.setMouseTransparent(true);
        grids.setManaged(false);
        grids.visibleProperty().addListener((property, old, shown) -> {
            if (shown) {
                redraw(view, width, height);
            } else {
                forget();
            }
        });
    }

    Node node() {
        return grids;
    }

    /** Whether the grid is drawn (View → Show/Hide Grid). */
    BooleanProperty shownProperty() {
        return grids.visibleProperty();
    }

    /** The grid's paths, one per zoom level kept, the one drawn now visible (for tests). */
    List<Path> paths() {
        return grids.getChildren().stream().map(Path.class::cast).toList();
    }

    /**
     * Draws the grid for {@code view} in a canvas of {@code width} × {@code height} pixels (nothing while hidden).
     * The lines are made one step beyond every edge and, while the zoom and size stay, a pan only moves them by
     * whole pixels, less than a step: the path keeps its cached picture, so panning does not draw the grid again.
     * The paths of the last {@link #KEPT} steps are kept, each with its cached picture, so zooming back and forth
     * across a step (a wheel notch in and out) shows a grid already drawn.
     */
    void redraw(Viewport now, double nowWidth, double nowHeight) {
        view = now;
        width = nowWidth;
        height = nowHeight;
        if (!grids.isVisible()) {
            return;
        }
        if (width != madeWidth || height != madeHeight) {
            forget();
            madeWidth = width;
            madeHeight = height;
        }
        double step = Lines.step(view.scale());
        Path path = made.get(step);
        if (path == null) {
            path = make(step);
        }
        for (Path other : made.values()) {
            other.setVisible(other == path);
        }
        path.setTranslateX(Math.floor(((view.x() % step) + step) % step));
        path.setTranslateY(Math.floor(((view.y() % step) + step) % step));
        path.setOpacity(Lines.of(view, width, height).opacity());
    }

    /** The path of the grid's lines {@code step} pixels apart, reusing the least recently shown one's node. */
    private Path make(double step) {
        Path path;
        if (made.size() < KEPT) {
            path = new Path();
            path.getStyleClass().add(STYLE_CLASS);
            path.setCache(true);
            grids.getChildren().add(path);
        } else {
            Map.Entry<Double, Path> eldest = made.entrySet().iterator().next();
            path = eldest.getValue();
            made.remove(eldest.getKey());
        }
        double beyond = Math.ceil(step);
        Lines lines = Lines.of(new Viewport(view.scale(), 0, 0), width + 2 * beyond, height + 2 * beyond);
        List<PathElement> elements = new ArrayList<>(2 * (lines.xs().size() + lines.ys().size()));
        for (double x : lines.xs()) {
            elements.add(new MoveTo(x - beyond, -beyond));
            elements.add(new LineTo(x - beyond, height + beyond));
        }
        for (double y : lines.ys()) {
            elements.add(new MoveTo(-beyond, y - beyond));
            elements.add(new LineTo(width + beyond, y - beyond));
        }
        path.getElements().setAll(elements);
        made.put(step, path);
        return path;
    }

    /** Drops every path made, and its cached picture. */
    private void forget() {
        made.clear();
        grids.getChildren().clear();
    }
}
