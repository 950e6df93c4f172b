package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import statewise.app.shell.MainWindow;
import statewise.app.shell.WindowFixture;
import statewise.engine.model.State;
import statewise.layout.Box;
import statewise.layout.PlacedNode;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;

/**
 * The one set-up of the canvas ITs and the ways they find their way around the main window on screen: a JUnit 5
 * extension the IT registers as a field with {@code @RegisterExtension} (see {@link #opening}). Before each test the
 * shared {@link WindowFixture} opens the definition and the driver waits until the canvas has drawn it; after each
 * test the fixture cleans up as it does for every IT. Test methods get an {@link FxRobot} parameter.
 */
final class CanvasDriver implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    /** A line of three states, A, B and C, that several canvas ITs start from. */
    static final String THREE_STATES = """
            {
              "StartAt": "A",
              "States": {
                "A": {"Type": "Pass", "Next": "B"},
                "B": {"Type": "Pass", "Next": "C"},
                "C": {"Type": "Succeed"}
              }
            }
            """;

    private final WindowFixture fixture;
    /** The file the window opened, the main window and its canvas: set before each test. */
    Path file;
    MainWindow window;
    CanvasView canvas;

    private CanvasDriver(WindowFixture fixture) {
        this.fixture = fixture;
    }

    /** The driver canvas ITs register: a window showing {@code text} as {@code flow.asl.json}, drawn. */
    static CanvasDriver opening(String text) {
        return opening("flow.asl.json", text);
    }

    /** The driver canvas ITs register: a window showing {@code text} as the file {@code name}, drawn. */
    static CanvasDriver opening(String name, String text) {
        return new CanvasDriver(WindowFixture.text(name, text));
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        fixture.beforeEach(context);
        file = fixture.file();
        window = fixture.window;
        canvas = window.canvas();
        awaitDrawn();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        fixture.afterEach(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return fixture.supportsParameter(parameter, context);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return fixture.resolveParameter(parameter, context);
    }

    /** Waits until the canvas has drawn the document and has nothing pending (after an edit, a zoom). */
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
