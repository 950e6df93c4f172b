package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import statewise.app.actions.ActionRegistry;
import statewise.app.editor.AslEditor;
import statewise.app.fx.EngineExecutor;
import statewise.app.fx.Snapshots;
import statewise.app.prefs.AppDirectories;
import statewise.app.shell.MainWindow;
import statewise.app.shell.WindowOptions;
import statewise.engine.model.State;
import statewise.layout.Box;
import statewise.layout.PlacedNode;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;

/** The canvas driven as a user would: palette drops, rename in place, delete, connect, undo, and the editor's sync. */
@ExtendWith(ApplicationExtension.class)
class CanvasIT {

    private static final String FLOW = """
            {
              "StartAt": "A",
              "States": {
                "A": {"Type": "Pass", "Next": "B"},
                "B": {"Type": "Pass", "Next": "C"},
                "C": {"Type": "Succeed"}
              }
            }
            """;
    private static final Path SCREENSHOTS = Path.of(System.getProperty("statewise.screenshots",
            "target/screenshots"));

    private final ScheduledExecutorService engine = EngineExecutor.create("canvas-it");
    private MainWindow window;
    private CanvasView canvas;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("statewise-canvas-it");
        Path file = folder.resolve("flow.asl.json");
        Files.writeString(file, FLOW);
        window = MainWindow.open(stage, engine, file,
                WindowOptions.ephemeral(new AppDirectories(folder.resolve("config")), 1200, 760));
        canvas = window.canvas();
    }

    @AfterEach
    void stop() {
        engine.shutdownNow();
    }

    @Test
    void aPassDroppedOnAnEdgeIsWiredIntoTheFlow(FxRobot robot) throws Exception {
        awaitDrawn();
        RoutedEdge aToB = edge("/States/A/Next");

        robot.drag("#palette-pass").dropTo(screen(middle(aToB)));
        awaitDrawn();

        Map<String, State> states = states();
        assertEquals("Pass", states.get("A").next());
        assertEquals("B", states.get("Pass").next());
        assertTrue(text().contains("\"Pass\": {"), text());
        assertNotNull(canvas.layout().node("/States/Pass"));
        assertEquals("Add Pass state 'Pass'", window.session().undoLabelProperty().get());
        save(robot, "canvas-drop-on-edge.png");
    }

    @Test
    void renamingInPlaceRewritesEveryReference(FxRobot robot) throws Exception {
        awaitDrawn();

        robot.clickOn(screen(centre("/States/B")));
        robot.type(KeyCode.F2);
        TextField field = robot.lookup("#" + RenameField.ID).queryAs(TextField.class);
        robot.interact(() -> field.setText("Checkout"));
        robot.type(KeyCode.ENTER);
        awaitDrawn();

        assertTrue(text().contains("\"A\": {\"Type\": \"Pass\", \"Next\": \"Checkout\"}"), text());
        assertTrue(text().contains("\"Checkout\": {\"Type\": \"Pass\", \"Next\": \"C\"}"), text());
        assertNotNull(canvas.layout().node("/States/Checkout"));
    }

    @Test
    void deletingAStateReconnectsTheFlow(FxRobot robot) throws Exception {
        awaitDrawn();

        robot.clickOn(screen(centre("/States/B")));
        robot.type(KeyCode.DELETE);
        awaitDrawn();

        assertEquals("C", states().get("A").next());
        assertTrue(!states().containsKey("B"));
        assertEquals(null, canvas.layout().node("/States/B"));
    }

    @Test
    void oneUndoHistoryCoversCanvasAndEditor(FxRobot robot) throws Exception {
        awaitDrawn();
        robot.clickOn(screen(centre("/States/B")));
        robot.type(KeyCode.DELETE);
        awaitDrawn();
        String afterDelete = text();
        CodeArea area = robot.lookup("#" + AslEditor.AREA_ID).queryAs(CodeArea.class);
        robot.interact(() -> area.insertText(area.getLength(), "\n"));
        awaitDrawn();

        robot.interact(() -> window.actions().run(ActionRegistry.UNDO));
        awaitDrawn();
        assertEquals(afterDelete, text());
        robot.interact(() -> window.actions().run(ActionRegistry.UNDO));
        awaitDrawn();
        assertEquals(FLOW, text());
        assertEquals(FLOW, area.getText());
        assertNotNull(canvas.layout().node("/States/B"));

        robot.interact(() -> window.actions().run(ActionRegistry.REDO));
        awaitDrawn();
        assertEquals(afterDelete, area.getText());
        assertEquals(null, canvas.layout().node("/States/B"));
    }

    @Test
    void typingInTheEditorAddsTheNodeAndBrokenTextMarksTheDiagramStale(FxRobot robot) throws Exception {
        awaitDrawn();
        CodeArea area = robot.lookup("#" + AslEditor.AREA_ID).queryAs(CodeArea.class);
        int at = FLOW.indexOf("\"C\": {");

        robot.interact(() -> area.insertText(at, "\"D\": {\"Type\": \"Fail\"},\n    "));
        await(() -> canvas.layout().node("/States/D") != null);

        robot.interact(() -> area.insertText(0, "{"));
        await(() -> window.session().document().analysed());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#" + CanvasView.STALE_ID).queryAs(Label.class).isVisible());
        assertNotNull(canvas.layout().node("/States/D"));
    }

    @Test
    void aRefusedConnectionSaysWhyInTheStatusBar(FxRobot robot) throws Exception {
        awaitDrawn();
        robot.clickOn(screen(centre("/States/A")));
        Box a = node("/States/A").box();

        robot.drag(screen(new Point(a.centerX(), a.bottom()))).dropTo(screen(centre("/States/C")));
        WaitForAsyncUtils.waitForFxEvents();

        String note = robot.lookup("#status-note").queryAs(Label.class).getText();
        assertTrue(note.contains("already has a Next"), note);
        assertEquals(FLOW, text());
    }

    // ---- helpers

    private void awaitDrawn() throws Exception {
        await(() -> canvas.idle() && !canvas.layout().nodes().isEmpty());
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text() {
        return window.session().document().text();
    }

    private Map<String, State> states() {
        return window.session().document().modelDocument().stateMachine().states();
    }

    private PlacedNode node(String id) {
        PlacedNode node = canvas.layout().node(id);
        assertNotNull(node, id + " is drawn");
        return node;
    }

    private Point centre(String id) {
        Box box = node(id).box();
        return new Point(box.centerX(), box.centerY());
    }

    private RoutedEdge edge(String id) {
        return canvas.layout().edges().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static Point middle(RoutedEdge edge) {
        Point a = edge.points().get(0);
        Point b = edge.points().get(1);
        return new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
    }

    private Point2D screen(Point world) {
        Point2D scene = canvas.sceneOf(world);
        return canvas.node().localToScreen(canvas.node().sceneToLocal(scene));
    }

    private void save(FxRobot robot, String name) {
        robot.interact(() -> {
            try {
                Snapshots.writePng(window.canvas().node().getScene(), SCREENSHOTS.resolve(name));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
