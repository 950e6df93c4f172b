package statewise.app.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.jspecify.annotations.Nullable;
import statewise.layout.Box;
import statewise.layout.LayoutResult;
import statewise.layout.PlacedNode;
import statewise.layout.RoutedEdge;
import statewise.layout.Size;

/**
 * The diagram zoomed out below 40 % ({@link Detail#LOW}) painted as a picture instead of views. Software rendering
 * (Prism without a GPU, the headless tests) pays per node, and a fit view of a thousand states is a thousand boxes
 * and fifteen hundred routes, so as nodes a step of panning took a third of a second to render; as a picture it is
 * a few textures moved.
 *
 * <p>The picture is cut into {@link PictureTile}s of the screen's resolution on a grid fixed in the diagram, each a
 * {@link Canvas} under the diagram's transform (scaled back by 1 / zoom, and moved by less than half a pixel so
 * its edges fall on whole screen pixels: a texture drawn between pixels is filtered, which blurs thin lines and
 * lightens them along tile edges). The tiles on screen are painted at once;
 * those in the half view around it are painted a few per frame in the frames that follow ({@link PulseWork}), nearest
 * first, and tiles farther away are dropped. So a pan paints only the tiles it brings near the view, never the whole
 * picture; a zoom, a new layout or a theme paints the tiles on screen again at once, and a change of what is plain
 * (a run lighting states up) only the tiles it touches ({@link #forget}). Zooming in past 40 % hides the picture and
 * keeps its tiles around the view, so zooming out again to the same zoom shows them without painting. States
 * and edges that carry marks (selection, run status, breakpoints, the path a run took, a drop target) are left out:
 * the canvas keeps views for those, styled by the stylesheet ({@link PicturePainter} paints the rest).
 */
final class LowDetailLayer {

    /** Tiles painted ahead of the view per frame: a few milliseconds of software rendering. */
    private static final int AHEAD_PER_PULSE = 4;
    /** Canvases kept for reuse once their tiles are dropped. */
    private static final int SPARE = 24;

    private final Group tiles = new Group();
    private final Scale unscale = new Scale(1, 1, 0, 0);
    /** Moves the tiles by less than half a pixel so that they fall on whole screen pixels, drawn unfiltered. */
    private final Translate snap = new Translate();
    private final Pane swatchHost = new Pane();
    private final PicturePainter painter;
    private final Runnable coloursChanged;
    /** The tiles painted at {@link #scale}; those with nothing to paint have no canvas. */
    private final Set<PictureTile> done = new HashSet<>();
    private final Map<PictureTile, Canvas> canvases = new HashMap<>();
    private final List<Canvas> spare = new ArrayList<>();
    private final PulseWork paintAhead = new PulseWork(this::paintAhead);
    /** The tiles in the margin still to paint, nearest to the view first. */
    private List<PictureTile> ahead = List.of();
    private double scale;
    private LayoutResult layout = new LayoutResult(Size.ZERO, List.of(), List.of());
    private Predicate<PlacedNode> plainNode = node -> false;
    private Predicate<RoutedEdge> plainEdge = edge -> false;
    private int tilesPainted;

    /** {@code coloursChanged} runs when a theme switch changes a colour the layer paints with. */
    LowDetailLayer(Runnable coloursChanged) {
        this.coloursChanged = coloursChanged;
        tiles.getStyleClass().add("low-detail-layer");
        tiles.setMouseTransparent(true);
        tiles.getTransforms().addAll(snap, unscale);
        tiles.setVisible(false);
        swatchHost.setManaged(false);
        swatchHost.setMouseTransparent(true);
        painter = new PicturePainter(swatchHost, this::themeChanged);
    }

    /** The picture, placed in the diagram between the containers and the edges. */
    Group node() {
        return tiles;
    }

    /** Holds the colour swatches; must sit in the diagram so the canvas's stylesheet and theme reach it. */
    Pane swatches() {
        return swatchHost;
    }

    /** How many tiles have been painted so far, empty ones included (for tests). */
    int tilesPainted() {
        return tilesPainted;
    }

    /** True while tiles around the view wait to be painted in coming frames (for tests). */
    boolean paintingAhead() {
        return !ahead.isEmpty();
    }

    /** Forgets the picture, so the next {@link #paint} paints it afresh (a new layout, marks, colours). */
    void invalidate() {
        for (Canvas canvas : canvases.values()) {
            if (spare.size() < SPARE) {
                spare.add(canvas);
            }
        }
        canvases.clear();
        done.clear();
        ahead = List.of();
        tiles.getChildren().clear();
    }

    /**
     * Hides the picture (the canvas draws every part as views at {@link Detail#FULL}), keeping the tiles in and
     * near {@code visible} (null: none): zooming out again to the same zoom shows them without painting them again.
     */
    void hide(@Nullable Box visible) {
        ahead = List.of();
        tiles.setVisible(false);
        if (visible == null || scale == 0) {
            invalidate();
        } else {
            dropBeyond(DrawnArea.around(visible));
        }
        spare.clear();
    }

    /**
     * Forgets the tiles that meet {@code area} (diagram coordinates), so the next {@link #paint} paints them again:
     * what is plain changed there (a state marked by a run, a selection). Tiles elsewhere stay as painted.
     */
    void forget(Box area) {
        done.removeIf(tile -> {
            if (!DrawnArea.touches(area, tile.box(scale))) {
                return false;
            }
            release(canvases.remove(tile));
            return true;
        });
    }

    /**
     * Shows the nodes and edges of {@code layout} that {@code plainNode} and {@code plainEdge} accept over the view
     * {@code visible} (null: the whole diagram) at {@code zoom}: the tiles on screen that are not painted yet are
     * painted now, those in the half view around it in the frames that follow, and those farther away are dropped.
     * The predicates are asked again for the tiles painted later; call {@link #invalidate} when their answers change.
     */
    void paint(LayoutResult next, @Nullable Box visible, double zoom, Predicate<PlacedNode> plainNode,
            Predicate<RoutedEdge> plainEdge) {
        if (next != layout || zoom != scale) {
            invalidate();
        }
        layout = next;
        scale = zoom;
        this.plainNode = plainNode;
        this.plainEdge = plainEdge;
        unscale.setX(1 / zoom);
        unscale.setY(1 / zoom);
        snap.setX(visible == null ? 0 : snapped(visible.x(), zoom));
        snap.setY(visible == null ? 0 : snapped(visible.y(), zoom));
        tiles.setVisible(true);
        Box view = visible == null ? new Box(0, 0, next.size().width(), next.size().height()) : visible;
        Box area = visible == null ? view : DrawnArea.around(visible);
        dropBeyond(area.inflate(PictureTile.SIDE / zoom));
        for (PictureTile tile : PictureTile.over(view, zoom, view)) {
            paintTile(tile);
        }
        ahead = PictureTile.over(area, zoom, view).stream().filter(tile -> !done.contains(tile)).toList();
        if (!ahead.isEmpty()) {
            paintAhead.start();
        }
    }

    /**
     * How far to move the tiles (diagram units) so that they start on a whole screen pixel: the view's left or top
     * edge is at {@code edge} in the diagram, so the diagram's origin is {@code -edge * zoom} pixels from it.
     */
    private static double snapped(double edge, double zoom) {
        double origin = -edge * zoom;
        return (Math.rint(origin) - origin) / zoom;
    }

    /** One frame's share of the tiles around the view; true while more remain. */
    private boolean paintAhead() {
        int count = Math.min(AHEAD_PER_PULSE, ahead.size());
        for (PictureTile tile : ahead.subList(0, count)) {
            paintTile(tile);
        }
        ahead = ahead.subList(count, ahead.size());
        return !ahead.isEmpty();
    }

    private void paintTile(PictureTile tile) {
        if (!done.add(tile)) {
            return;
        }
        tilesPainted++;
        Box area = tile.box(scale);
        PicturePainter.Batch batch = painter.select(layout, area, plainNode, plainEdge);
        if (batch.isEmpty()) {
            return;
        }
        Canvas canvas = spare.isEmpty() ? new Canvas(PictureTile.SIDE, PictureTile.SIDE)
                : spare.remove(spare.size() - 1);
        double left = (double) tile.col() * PictureTile.SIDE;
        double top = (double) tile.row() * PictureTile.SIDE;
        canvas.setLayoutX(left);
        canvas.setLayoutY(top);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, PictureTile.SIDE, PictureTile.SIDE);
        g.setTransform(scale, 0, 0, scale, -left, -top);
        painter.paint(g, batch, area);
        canvases.put(tile, canvas);
        tiles.getChildren().add(canvas);
    }

    /** Drops the tiles that do not meet {@code keep}, so memory follows the view. */
    private void dropBeyond(Box keep) {
        done.removeIf(tile -> {
            if (DrawnArea.touches(keep, tile.box(scale))) {
                return false;
            }
            release(canvases.remove(tile));
            return true;
        });
    }

    /** Takes a dropped tile's canvas off the picture and keeps it for reuse. */
    private void release(@Nullable Canvas canvas) {
        if (canvas != null) {
            tiles.getChildren().remove(canvas);
            if (spare.size() < SPARE) {
                spare.add(canvas);
            }
        }
    }

    private void themeChanged() {
        invalidate();
        coloursChanged.run();
    }
}
