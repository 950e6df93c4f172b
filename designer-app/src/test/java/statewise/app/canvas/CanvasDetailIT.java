package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import statewise.app.fx.EngineExecutor;
import statewise.app.fx.Screenshots;
import statewise.app.prefs.AppDirectories;
import statewise.app.shell.MainWindow;
import statewise.app.shell.WindowOptions;
import statewise.layout.PlacedNode;
import statewise.layout.Point;

/**
 * Zoomed out below 40 % the canvas draws states as plain boxes and edges as plain lines; zooming back in brings
 * names, icons and edge labels back. Selection, run status marks and clicking a state work at both levels.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasDetailIT {

    private static final String MARKED = "/States/S4";
    private static final String RUNNING = "status-running";

    private final ScheduledExecutorService engine = EngineExecutor.create("canvas-detail-it");
    private MainWindow window;
    private CanvasView canvas;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("statewise-canvas-detail-it");
        Path file = folder.resolve("chain.asl.json");
        Files.writeString(file, CanvasBenchmark.workflow(40));
        window = MainWindow.open(stage, engine, file,
                WindowOptions.ephemeral(new AppDirectories(folder.resolve("config")), 1200, 760));
        canvas = window.canvas();
    }

    @AfterEach
    void stop() {
        engine.shutdownNow();
    }

    @Test
    void zoomedOutStatesAreBoxesAndZoomingInBringsTheirTextBack(FxRobot robot) throws Exception {
        await(() -> canvas.idle() && !canvas.layout().nodes().isEmpty());
        robot.interact(() -> {
            canvas.zoomReset();
            canvas.setNodeMark(MARKED, RUNNING, true);
        });
        assertEquals(Detail.FULL, canvas.diagram().detail());
        assertTrue(texts().size() > 2, "names drawn at 100 %: " + texts());

        robot.interact(() -> {
            while (canvas.viewport().scale() >= Detail.LOW_BELOW) {
                canvas.zoomOut();
            }
            canvas.reveal(present(canvas.layout().node(MARKED)));
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Detail.LOW, canvas.diagram().detail());
        assertEquals(List.of(), texts(), "names and edge labels drawn while zoomed out");
        NodeView marked = present(canvas.diagram().view(MARKED));
        assertEquals(1, marked.node().getChildren().size(), "only the box");
        assertTrue(marked.node().getPseudoClassStates().contains(PseudoClass.getPseudoClass(RUNNING)));
        robot.clickOn(screen(centre(MARKED)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(MARKED), canvas.selectedIds(), "clicking a box selects its state");
        assertTrue(marked.node().getPseudoClassStates().contains(NodeView.SELECTED));
        Screenshots.save(robot, window.canvas().node().getScene(), "canvas-detail-low.png");

        robot.interact(() -> {
            while (canvas.viewport().scale() < Detail.LOW_BELOW) {
                canvas.zoomIn();
            }
            canvas.reveal(present(canvas.layout().node(MARKED)));
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Detail.FULL, canvas.diagram().detail());
        assertTrue(texts().contains("S4"), "names back when zoomed in: " + texts());
        NodeView full = present(canvas.diagram().view(MARKED));
        assertTrue(full.node().getChildren().size() > 1, "name and icon back");
        assertTrue(full.node().getPseudoClassStates().contains(PseudoClass.getPseudoClass(RUNNING)));
        assertTrue(full.node().getPseudoClassStates().contains(NodeView.SELECTED));
        Screenshots.save(robot, window.canvas().node().getScene(), "canvas-detail-full.png");
    }

    /** The names, titles and edge labels drawn on the canvas. */
    private List<String> texts() {
        return Stream.of(".node-name", ".node-title", ".edge-label")
                .flatMap(selector -> canvas.diagram().node().lookupAll(selector).stream())
                .map(node -> ((Label) node).getText())
                .toList();
    }

    private Point centre(String id) {
        PlacedNode node = present(canvas.layout().node(id));
        return new Point(node.box().centerX(), node.box().centerY());
    }

    private Point2D screen(Point world) {
        Point2D scene = canvas.sceneOf(world);
        return canvas.node().localToScreen(canvas.node().sceneToLocal(scene));
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T present(@Nullable T value) {
        assertTrue(value != null, "missing");
        return value;
    }
}
