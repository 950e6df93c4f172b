package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import statewise.app.editor.AslTextView;
import statewise.app.fx.EngineExecutor;
import statewise.app.outline.StateOutlineView;
import statewise.app.outline.StateRow;

/** The main window as a first-time user meets it: the sample open, its states listed, its verdict shown. */
@ExtendWith(ApplicationExtension.class)
class MainWindowIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("statewise.screenshots", "target/screenshots"));

    private final ExecutorService engine = EngineExecutor.create("it");
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        window = MainWindow.open(primary, engine, null);
    }

    @AfterEach
    void stopEngine() {
        engine.shutdownNow();
    }

    @Test
    void opensTheSampleWithItsTitleStatesAndVerdict(FxRobot robot) throws Exception {
        awaitOpened();

        assertEquals("Statewise — order-processing.asl.json", stage.getTitle());
        List<StateRow> rows = stateList(robot).getItems();
        assertEquals(14, rows.size());
        assertEquals(new StateRow("ValidateOrder", "Task", 0, "/States/ValidateOrder"), rows.get(0));
        assertEquals(new StateRow("ReserveItem", "Task", 2,
                "/States/ProcessOrder/Branches/1/States/ReserveInventory/ItemProcessor/States/ReserveItem"),
                rows.stream().filter(r -> r.name().equals("ReserveItem")).findFirst().orElseThrow());
        assertEquals("No problems · 14 states", robot.lookup("#" + StatusBar.TEXT_ID).queryAs(Label.class).getText());
        save(robot, stage.getScene(), "main-window.png");
    }

    @Test
    void choosingAStateSelectsItsNameInTheText(FxRobot robot) throws Exception {
        awaitOpened();
        ListView<StateRow> list = stateList(robot);

        robot.interact(() -> list.getSelectionModel().select(5));

        CodeArea area = robot.lookup("#" + AslTextView.AREA_ID).queryAs(CodeArea.class);
        assertEquals("\"" + list.getItems().get(5).name() + "\"", area.getSelectedText());
    }

    @Test
    void anUnreadableFileShowsADialogAndKeepsTheOpenDefinition(FxRobot robot) throws Exception {
        awaitOpened();
        Path missing = Files.createTempDirectory("statewise-it").resolve("missing.asl.json");

        robot.interact(() -> window.session().open(missing));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Cannot open missing.asl.json", dialog.getHeaderText());
        assertEquals("No such file.\n\n" + missing.toAbsolutePath(), dialog.getContentText());
        assertEquals("Statewise — order-processing.asl.json", stage.getTitle());
        save(robot, dialog.getScene(), "open-failed.png");
    }

    private void awaitOpened() throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.session().currentProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static ListView<StateRow> stateList(FxRobot robot) {
        return robot.lookup("#" + StateOutlineView.LIST_ID).queryAs(ListView.class);
    }

    /** Writes what the scene shows, as a PNG, for people to look at (PixelReader to BufferedImage, no Swing). */
    private static void save(FxRobot robot, Scene scene, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        assertNotNull(image[0]);
        int width = (int) image[0].getWidth();
        int height = (int) image[0].getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image[0].getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(SCREENSHOTS);
        ImageIO.write(png, "png", SCREENSHOTS.resolve(name).toFile());
    }
}
