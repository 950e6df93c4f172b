package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import statewise.app.fx.Screenshots;
import statewise.layout.Box;
import statewise.layout.LayoutResult;
import statewise.layout.PlacedNode;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;

/**
 * Zoomed out, the canvas paints its picture in tiles: the tiles on screen at once, those around the view in the
 * frames after, so a pan paints only what it brings near the view.
 */
class CanvasTilesIT {

    private static final double ZOOMED_OUT = 0.2;
    private static final String RUNNING = "status-running";
    private static final String SUCCEEDED = "status-succeeded";

    @RegisterExtension
    final CanvasDriver ui = CanvasDriver.opening(CanvasBenchmark.workflow(300));
    private CanvasView canvas;
    private LowDetailLayer picture;

    /** The drawn canvas and its picture of tiles, which every test here uses. */
    @BeforeEach
    void parts() {
        canvas = ui.canvas;
        picture = canvas.diagram().picture();
    }

    @Test
    void aPanPaintsTheTilesItBringsNearTheViewNotTheWholePicture(FxRobot robot) throws Exception {
        robot.interact(() -> canvas.setViewport(new Viewport(ZOOMED_OUT, 24, 24)));
        CanvasDriver.await(() -> !picture.paintingAhead());
        int rowOfTiles = (int) Math.ceil(2 * canvas.root().getWidth() / PictureTile.SIDE) + 1;
        AtomicInteger painted = new AtomicInteger();

        for (int step = 0; step < 12; step++) {
            robot.interact(() -> {
                int before = picture.tilesPainted();
                canvas.setViewport(canvas.viewport().panBy(0, -60));
                painted.set(picture.tilesPainted() - before);
            });
            assertTrue(painted.get() <= rowOfTiles, "a pan step paints at most a row of tiles: " + painted);
            CanvasDriver.await(() -> !picture.paintingAhead());
        }
    }

    @Test
    void aJumpPaintsEveryStateOnScreenInTheSameFrame(FxRobot robot) throws Exception {
        robot.interact(() -> canvas.setViewport(new Viewport(ZOOMED_OUT, 24, 24)));
        robot.interact(() -> {
            Viewport far = canvas.viewport().panBy(0, -3 * canvas.root().getHeight());
            canvas.setViewport(far);
            Box visible = far.visible(canvas.root().getWidth(), canvas.root().getHeight());
            List<PlacedNode> shown = canvas.layout().nodes().stream()
                    .filter(node -> !node.container() && visible.contains(node.box())).toList();
            assertTrue(shown.size() > 10, "states on screen: " + shown.size());
            for (PlacedNode node : shown) {
                assertTrue(painted(node.box()), node.id() + " is painted on a tile");
            }
        });
    }

    @Test
    void aRouteCrossingATileEdgeShowsNoSeam(FxRobot robot) throws Exception {
        Point[] segment = longVertical(canvas.layout());
        double middle = (segment[0].y() + segment[1].y()) / 2;
        double zoom = Math.ceil(0.25 * middle / PictureTile.SIDE) * PictureTile.SIDE / middle;
        assertTrue(zoom < Detail.LOW_BELOW, "a row of tiles ends in the segment's middle at " + zoom);
        Point crossing = new Point(segment[0].x(), middle);
        robot.interact(() -> {
            canvas.gridShownProperty().set(false);
            canvas.setViewport(new Viewport(zoom, 0, 0).centredOn(new Point(crossing.x() + 0.37, crossing.y() + 0.41),
                    canvas.root().getWidth(), canvas.root().getHeight()));
        });
        CanvasDriver.await(() -> !picture.paintingAhead());
        robot.interact(() -> {
            assertEquals(Detail.LOW, canvas.diagram().detail());
            PixelReader pixels = canvas.root().getScene().snapshot(null).getPixelReader();
            Point2D at = canvas.sceneOf(crossing);
            int y = (int) Math.round(at.getY());
            int x = darkest(pixels, (int) Math.floor(at.getX()), y - 4);
            double line = pixels.getColor(x, y - 4).getBrightness();
            assertTrue(line < 0.95, "the route shows above the tiles' edge");
            for (int dy = -2; dy <= 2; dy++) {
                assertEquals(line, pixels.getColor(x, y + dy).getBrightness(), 0.03, "at " + dy);
            }
        });
        Screenshots.save(robot, canvas.root().getScene(), "canvas-tiles-seam.png");
    }

    @Test
    void aRunsMarksRepaintOnlyTheTilesOfTheStatesThatChangeAndLeaveNoneStale(FxRobot robot) throws Exception {
        Viewport view = new Viewport(ZOOMED_OUT, 24, 24);
        robot.interact(() -> {
            canvas.gridShownProperty().set(false);
            canvas.setViewport(view);
        });
        CanvasDriver.await(() -> !picture.paintingAhead());
        Box visible = view.visible(canvas.root().getWidth(), canvas.root().getHeight());
        List<PlacedNode> shown = canvas.layout().nodes().stream()
                .filter(node -> !node.container() && visible.contains(node.box())).toList();
        List<PlacedNode> run = shown.subList(shown.size() / 2, shown.size() / 2 + 3);
        int onScreen = PictureTile.over(visible, ZOOMED_OUT, visible).size();
        int near = run.stream().mapToInt(node -> PictureTile.over(node.box().inflate(PicturePainter.REACH),
                ZOOMED_OUT, visible).size()).sum();
        assertTrue(near < onScreen, near + " tiles near the run's states, " + onScreen + " on screen");

        int before = picture.tilesPainted();
        robot.interact(() -> run.forEach(node -> canvas.setNodeMark(node.id(), RUNNING, true)));
        WaitForAsyncUtils.waitForFxEvents();
        int painted = picture.tilesPainted() - before;
        assertTrue(painted > 0 && painted <= near, "states starting repaint the " + near + " tiles near them at most: "
                + painted);
        assertTrue(canvas.diagram().view(run.get(0).id()) != null, "a running state is drawn as a view");
        CanvasDriver.await(() -> !picture.paintingAhead());
        before = picture.tilesPainted();
        robot.interact(() -> run.forEach(node -> {
            canvas.setNodeMark(node.id(), RUNNING, false);
            canvas.setNodeMark(node.id(), SUCCEEDED, true);
        }));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, picture.tilesPainted(), "a state changing from one mark to another repaints nothing");
        robot.interact(() -> canvas.setNodeMark(run.get(0).id(), SUCCEEDED, false));
        WaitForAsyncUtils.waitForFxEvents();
        assertSameAsRepainted(robot, view, "a state losing its last mark zoomed out");

        robot.interact(() -> canvas.zoomReset());
        robot.interact(() -> {
            canvas.setNodeMark(run.get(1).id(), SUCCEEDED, false);
            canvas.setNodeMark(run.get(0).id(), RUNNING, true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> canvas.setViewport(view));
        CanvasDriver.await(() -> !picture.paintingAhead());
        assertSameAsRepainted(robot, view, "marks changed while zoomed in, then zoomed out to the same view");
    }

    /**
     * The canvas shows what a picture painted afresh shows: no tile kept from before a change of marks shows a
     * state that is now a view, or misses one that is now painted.
     */
    private void assertSameAsRepainted(FxRobot robot, Viewport view, String when) {
        WritableImage[] kept = new WritableImage[1];
        robot.interact(() -> kept[0] = canvasPixels());
        robot.interact(() -> {
            picture.invalidate();
            canvas.setViewport(view.panBy(1, 0));
            canvas.setViewport(view);
        });
        robot.interact(() -> {
            WritableImage fresh = canvasPixels();
            PixelReader a = kept[0].getPixelReader();
            PixelReader b = fresh.getPixelReader();
            for (int y = 0; y < (int) fresh.getHeight(); y++) {
                for (int x = 0; x < (int) fresh.getWidth(); x++) {
                    assertEquals(b.getArgb(x, y), a.getArgb(x, y), when + ": pixel " + x + ", " + y);
                }
            }
        });
    }

    private WritableImage canvasPixels() {
        Bounds b = canvas.root().localToScene(canvas.root().getBoundsInLocal());
        SnapshotParameters part = new SnapshotParameters();
        part.setViewport(new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
        return canvas.root().getScene().getRoot().snapshot(part, null);
    }

    /** The first vertical route segment at least 80 units long, so it reaches 10 pixels past its middle at 25 %. */
    private static Point[] longVertical(LayoutResult layout) {
        for (RoutedEdge edge : layout.edges()) {
            for (int i = 1; i < edge.points().size(); i++) {
                Point a = edge.points().get(i - 1);
                Point b = edge.points().get(i);
                if (a.x() == b.x() && Math.abs(a.y() - b.y()) >= 80) {
                    return new Point[] {a, b};
                }
            }
        }
        throw new AssertionError("no long vertical segment");
    }

    /** Of the columns around {@code x}, the one where the line at row {@code y} covers the most. */
    private static int darkest(PixelReader pixels, int x, int y) {
        int best = x;
        for (int dx = -1; dx <= 1; dx++) {
            if (pixels.getColor(x + dx, y).getBrightness() < pixels.getColor(best, y).getBrightness()) {
                best = x + dx;
            }
        }
        return best;
    }

    /** True when the box (diagram coordinates) lies within the tiles painted with something. */
    private boolean painted(Box box) {
        double zoom = canvas.viewport().scale();
        Box pixels = new Box(box.x() * zoom, box.y() * zoom, box.width() * zoom, box.height() * zoom);
        double step = 2;
        for (double x = pixels.x(); x <= pixels.right(); x += step) {
            for (double y = pixels.y(); y <= pixels.bottom(); y += step) {
                if (!onATile(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean onATile(double x, double y) {
        for (Node tile : picture.node().getChildren()) {
            Bounds b = tile.getBoundsInParent();
            if (b.contains(x, y)) {
                return true;
            }
        }
        return false;
    }
}
