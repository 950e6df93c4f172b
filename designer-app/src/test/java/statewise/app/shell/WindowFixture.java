package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.jspecify.annotations.Nullable;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import statewise.app.editor.AslEditor;
import statewise.app.fx.EngineExecutor;
import statewise.app.fx.Screenshots;
import statewise.app.prefs.AppDirectories;

/**
 * A main window for UI tests: its own engine thread and a throw-away settings folder, so tests never read or write
 * the user's settings, and helpers to wait for the window to settle and to save what it shows.
 */
final class WindowFixture {

    static final Path SCREENSHOTS = Screenshots.FOLDER;

    final ScheduledExecutorService engine = EngineExecutor.create("it");
    final Path config;
    MainWindow window;
    Stage stage;

    WindowFixture() {
        try {
            config = Files.createTempDirectory("statewise-it-config");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the bundled template {@code name} (e.g. {@code hello-world.asl.json}) in a fresh folder. */
    static Path copyOfTemplate(String name) {
        try (InputStream in = Objects.requireNonNull(WindowFixture.class.getResourceAsStream(
                "/statewise/app/samples/" + name), name)) {
            Path file = Files.createTempDirectory("statewise-it-files").resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens a copy of the bundled template {@code name} in a window that keeps no settings, as the ITs that edit a
     * sample start; returns the text the copy holds, for comparing after edits and undo.
     */
    String openCopy(Stage primary, String name) throws IOException {
        Path file = copyOfTemplate(name);
        open(primary, file);
        return Files.readString(file);
    }

    /** Opens {@code file} (the sample when null) in a window that keeps no settings. */
    MainWindow open(Stage primary, @Nullable Path file) {
        return open(primary, file, new WindowOptions(new AppDirectories(config), false, 1200, 760));
    }

    MainWindow open(Stage primary, @Nullable Path file, WindowOptions options) {
        stage = primary;
        window = MainWindow.open(primary, engine, file, options);
        return window;
    }

    void close() {
        engine.shutdownNow();
    }

    /** Waits until the session shows an analysed document named {@code name}. */
    void awaitOpened(String name) throws TimeoutException {
        await(() -> window.session().nameProperty().get().equals(name) && window.session().document().analysed());
    }

    /** Waits until the session's document is analysed (a reparse answered). */
    void awaitAnalysed() throws TimeoutException {
        await(() -> window.session().document().analysed());
    }

    static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until a dialog shows and returns its pane. */
    static DialogPane awaitDialog(FxRobot robot) throws TimeoutException {
        await(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    /** Presses the dialog's button of {@code type}, as a click on it would. */
    static void answer(FxRobot robot, DialogPane dialog, ButtonType type) {
        robot.interact(() -> ((Button) Objects.requireNonNull(dialog.lookupButton(type), type.getText())).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    CodeArea area(FxRobot robot) {
        return robot.lookup("#" + AslEditor.AREA_ID).queryAs(CodeArea.class);
    }

    /** Writes what the scene shows as a PNG under the build's screenshots folder, for people to look at. */
    static void save(FxRobot robot, Scene scene, String name) throws IOException {
        Screenshots.save(robot, scene, name);
        assertNotNull(SCREENSHOTS.resolve(name).toFile().exists() ? name : null);
    }
}
