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
import java.util.concurrent.atomic.AtomicReference;
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
import statewise.app.theme.ThemeChoice;

/**
 * A main window for UI tests, the one way every IT opens its windows: its own engine thread and a throw-away
 * settings folder, so tests never read or write the user's settings, files to open in fresh folders, and helpers to
 * wait for the window to settle and to save what it shows.
 */
public final class WindowFixture {

    static final Path SCREENSHOTS = Screenshots.FOLDER;

    public final ScheduledExecutorService engine = EngineExecutor.create("it");
    public final Path config = newFolder("statewise-it-config");
    public MainWindow window;
    public Stage stage;

    /** A fresh empty folder. */
    public static Path newFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file called {@code name} holding {@code text}, in a fresh folder. */
    public static Path fileWith(String name, String text) {
        try {
            return Files.writeString(newFolder("statewise-it-files").resolve(name), text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the class-path resource {@code resource} at {@code target}. */
    public static Path copyResource(String resource, Path target) {
        try (InputStream in = Objects.requireNonNull(WindowFixture.class.getResourceAsStream(resource), resource)) {
            Files.write(target, in.readAllBytes());
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the bundled template {@code name} (e.g. {@code hello-world.asl.json}) in a fresh folder. */
    public static Path copyOfTemplate(String name) {
        return copyResource("/statewise/app/samples/" + name, newFolder("statewise-it-files").resolve(name));
    }

    /**
     * Opens a copy of the bundled template {@code name} in a window that keeps no settings, as the ITs that edit a
     * sample start; returns the text the copy holds, for comparing after edits and undo.
     */
    public String openCopy(Stage primary, String name) throws IOException {
        Path file = copyOfTemplate(name);
        open(primary, file);
        return Files.readString(file);
    }

    /** Opens {@code file} (the sample when null) in a window that keeps no settings. */
    public MainWindow open(Stage primary, @Nullable Path file) {
        return open(primary, file, 1200, 760);
    }

    /** Opens {@code file} (the sample when null) in a window of this size that keeps no settings. */
    public MainWindow open(Stage primary, @Nullable Path file, double width, double height) {
        return open(primary, file, WindowOptions.ephemeral(new AppDirectories(config), width, height));
    }

    public MainWindow open(Stage primary, @Nullable Path file, WindowOptions options) {
        stage = primary;
        window = MainWindow.open(primary, engine, file, options);
        return window;
    }

    /** Options for a window that remembers its settings, in this fixture's throw-away folder, in the light theme. */
    public WindowOptions remembering() {
        return new WindowOptions(new AppDirectories(config), true, 1200, 760, ThemeChoice.LIGHT);
    }

    /** Where a window opened with {@link #remembering()} options keeps its settings. */
    public Path settingsFile() {
        return new AppDirectories(config).settingsFile();
    }

    /**
     * Opens {@code file} in a second window with {@link #remembering()} options, as the next start of the designer
     * would, and waits until its document is analysed; for tests of what a window remembers.
     */
    public MainWindow openNext(FxRobot robot, Path file) throws TimeoutException {
        AtomicReference<MainWindow> next = new AtomicReference<>();
        robot.interact(() -> next.set(MainWindow.open(new Stage(), engine, file, remembering())));
        await(() -> next.get().session().document().analysed());
        return next.get();
    }

    public void close() {
        engine.shutdownNow();
    }

    /** Waits until the session shows an analysed document named {@code name}. */
    public void awaitOpened(String name) throws TimeoutException {
        await(() -> window.session().nameProperty().get().equals(name) && window.session().document().analysed());
    }

    /** Waits until the session's document is analysed (a reparse answered). */
    public void awaitAnalysed() throws TimeoutException {
        await(() -> window.session().document().analysed());
    }

    public static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until a dialog shows and returns its pane. */
    public static DialogPane awaitDialog(FxRobot robot) throws TimeoutException {
        await(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    /** Presses the dialog's button of {@code type}, as a click on it would. */
    public static void answer(FxRobot robot, DialogPane dialog, ButtonType type) {
        robot.interact(() -> ((Button) Objects.requireNonNull(dialog.lookupButton(type), type.getText())).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    public CodeArea area(FxRobot robot) {
        return robot.lookup("#" + AslEditor.AREA_ID).queryAs(CodeArea.class);
    }

    /** Writes what the scene shows as a PNG under the build's screenshots folder, for people to look at. */
    public static void save(FxRobot robot, Scene scene, String name) throws IOException {
        Screenshots.save(robot, scene, name);
        assertNotNull(SCREENSHOTS.resolve(name).toFile().exists() ? name : null);
    }
}
