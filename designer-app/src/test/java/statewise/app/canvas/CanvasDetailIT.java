package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import statewise.app.fx.Screenshots;
import statewise.app.shell.WindowFixture;

/**
 * Zoomed out below 40 % the canvas draws states as plain boxes and edges as plain lines; zooming back in brings
 * names, icons and edge labels back. Zoomed out, states without marks are painted as one picture and a state keeps a
 * view while it is marked or selected. Selection, run status marks and clicking a state work at both levels.
 */
class CanvasDetailIT {

    private static final String MARKED = "/States/S4";
    private static final String PLAIN = "/States/S6";
    private static final String RUNNING = "status-running";

    @RegisterExtension
    final CanvasDriver ui = CanvasDriver.opening(CanvasBenchmark.workflow(40));

    @Test
    void zoomedOutStatesAreBoxesAndZoomingInBringsTheirTextBack(FxRobot robot) throws Exception {
        CanvasView canvas = ui.canvas;
        robot.interact(() -> {
            canvas.zoomReset();
            canvas.setNodeMark(MARKED, RUNNING, true);
        });
        assertEquals(Detail.FULL, canvas.diagram().detail());
        assertTrue(texts().size() > 2, "names drawn at 100 %: " + texts());
        NodeView plainAtFull = present(canvas.diagram().view(PLAIN));

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
        assertNull(canvas.diagram().view(PLAIN), "a state without marks is painted with the rest, not a view");
        assertTrue(canvas.diagram().node().lookup(".low-detail-layer").isVisible(), "the painted layer is shown");
        robot.clickOn(ui.screen(ui.centre(PLAIN)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(present(canvas.diagram().view(PLAIN)).node().getPseudoClassStates().contains(NodeView.SELECTED),
                "a state selected while zoomed out gets a view that shows it selected");
        robot.clickOn(ui.screen(ui.centre(MARKED)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(MARKED), canvas.selectedIds(), "clicking a box selects its state");
        assertNull(canvas.diagram().view(PLAIN), "painted again once no longer selected");
        assertTrue(marked.node().getPseudoClassStates().contains(NodeView.SELECTED));
        Screenshots.save(robot, canvas.node().getScene(), "canvas-detail-low.png");

        robot.interact(() -> {
            while (canvas.viewport().scale() < Detail.LOW_BELOW) {
                canvas.zoomIn();
            }
            canvas.reveal(present(canvas.layout().node(MARKED)));
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Detail.FULL, canvas.diagram().detail());
        assertTrue(texts().contains("S4"), "names back when zoomed in: " + texts());
        assertSame(plainAtFull, canvas.diagram().view(PLAIN), "the view made before zooming out, shown again");
        assertTrue(!plainAtFull.node().getPseudoClassStates().contains(NodeView.SELECTED),
                "and no longer selected, as it was for a while zoomed out");
        NodeView full = present(canvas.diagram().view(MARKED));
        assertTrue(full.node().getChildren().size() > 1, "name and icon back");
        assertTrue(full.node().getPseudoClassStates().contains(PseudoClass.getPseudoClass(RUNNING)));
        assertTrue(full.node().getPseudoClassStates().contains(NodeView.SELECTED));
        Screenshots.save(robot, canvas.node().getScene(), "canvas-detail-full.png");
    }

    /** The names, titles and edge labels drawn on the canvas: shown, they and every parent visible. */
    private List<String> texts() {
        return Stream.of(".node-name", ".node-title", ".edge-label")
                .flatMap(selector -> ui.canvas.diagram().node().lookupAll(selector).stream())
                .filter(WindowFixture::shown)
                .map(node -> ((Label) node).getText())
                .toList();
    }

    private static <T> T present(@Nullable T value) {
        assertTrue(value != null, "missing");
        return value;
    }
}
