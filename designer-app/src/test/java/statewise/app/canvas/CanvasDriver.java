package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import statewise.app.shell.MainWindow;
import statewise.app.shell.WindowFixture;
import statewise.engine.model.State;
import statewise.layout.Box;
import statewise.layout.PlacedNode;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;

/**
 * The ways canvas ITs find their way around a main window on screen, once the shared {@link WindowFixture} has
 * opened it on a definition (see {@link #opening}).
 */
final class CanvasDriver {

    final Path file;
    final MainWindow window;
    final CanvasView canvas;

    /** Drives the window {@code fixture} opened; build it in a {@code @BeforeEach}, once the window is open. */
    CanvasDriver(WindowFixture fixture) {
        file = fixture.file();
        window = fixture.window;
        canvas = window.canvas();
    }

    /** The fixture canvas ITs register: a window showing {@code text} as {@code flow.asl.json}. */
    static WindowFixture opening(String text) {
        return WindowFixture.text("flow.asl.json", text);
    }

    void awaitDrawn() throws Exception {
        await(() -> canvas.idle() && !canvas.layout().nodes().isEmpty());
    }

    static void await(BooleanSupplier condition) throws Exception {
        WindowFixture.await(condition);
    }

    String text() {
        return window.session().document().text();
    }

    Map<String, State> states() {
        return window.session().document().modelDocument().stateMachine().states();
    }

    String note(FxRobot robot) {
        return robot.lookup("#status-note").queryAs(Label.class).getText();
    }

    PlacedNode node(String id) {
        PlacedNode node = canvas.layout().node(id);
        assertNotNull(node, id + " is drawn");
        return node;
    }

    Point centre(String id) {
        Box box = node(id).box();
        return new Point(box.centerX(), box.centerY());
    }

    RoutedEdge edge(String from, String to) {
        return canvas.layout().edges().stream().filter(e -> e.from().equals(from) && e.to().equals(to))
                .findFirst().orElseThrow(() -> new AssertionError("no edge " + from + " -> " + to));
    }

    /** The middle of the edge's longest segment, where a click hits it and nothing else. */
    static Point onEdge(RoutedEdge edge) {
        Point best = edge.points().get(0);
        double longest = -1;
        for (int i = 1; i < edge.points().size(); i++) {
            Point a = edge.points().get(i - 1);
            Point b = edge.points().get(i);
            double length = Math.hypot(b.x() - a.x(), b.y() - a.y());
            if (length > longest) {
                longest = length;
                best = new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
            }
        }
        return best;
    }

    Point2D screen(Point world) {
        Point2D scene = canvas.sceneOf(world);
        return canvas.node().localToScreen(canvas.node().sceneToLocal(scene));
    }
}
