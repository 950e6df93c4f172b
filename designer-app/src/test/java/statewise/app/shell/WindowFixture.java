package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import statewise.app.editor.AslEditor;
import statewise.app.fx.EngineExecutor;
import statewise.app.fx.Screenshots;
import statewise.app.prefs.AppDirectories;
import statewise.app.theme.ThemeChoice;

/**
 * The one way every IT opens its main window: a JUnit 5 extension the IT registers as a field with
 * {@code @RegisterExtension}, saying only what the window opens ({@link #sample()}, {@link #template},
 * {@link #text}) and how ({@link #size}, {@link #remembering()}, {@link #beside}, {@link #before}). Before each test
 * it starts the toolkit, writes the file in a fresh folder and opens it on the primary stage with an engine thread
 * of its own and a throw-away settings folder, so tests never read or write the user's settings. After each test it
 * hides every window, stops the engine threads (so nothing writes on into the folders), releases the keys and
 * buttons the robot held and deletes the folders it made: nothing of one test reaches the next. Test methods get
 * an {@link FxRobot} parameter; the static helpers wait for conditions, never for time.
 */
public final class WindowFixture implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    static final Path SCREENSHOTS = Screenshots.FOLDER;

    /** How long a condition may take: as long as TestFX may take to open the first window on a loaded machine. */
    private static final long PATIENCE_SECONDS = 120;

    /** Work done before the window opens, such as writing files it should find. */
    @FunctionalInterface
    public interface Preparation {
        void prepare(WindowFixture fixture) throws Exception;
    }

    /** Makes the file the window opens, or null for the bundled sample. */
    @FunctionalInterface
    private interface Opening {
        @Nullable Path file(WindowFixture fixture);
    }

    private final Opening opening;
    private final FxRobot robot = new FxRobot();
    private final List<String> besides = new ArrayList<>();
    private final TestFolders folders = new TestFolders();
    private final List<ScheduledExecutorService> engines = new ArrayList<>();
    private Preparation preparation = fixture -> { };
    private double width = 1200;
    private double height = 760;
    private boolean remembers;
    private @Nullable Path file;

    /** The engine thread of the window shown now. */
    public ScheduledExecutorService engine;
    /** The settings folder the windows use. */
    public Path config;
    /** The folder of the file the window opened (a fresh one for the sample), for files a test adds beside it. */
    public Path folder;
    /** The text of the file the window opened, as it was before the test; empty for the sample. */
    public String original = "";
    public MainWindow window;
    public Stage stage;

    private WindowFixture(Opening opening) {
        this.opening = opening;
    }

    /** A window showing the bundled order-processing sample, as a first start does. */
    public static WindowFixture sample() {
        return new WindowFixture(fixture -> null);
    }

    /** A window showing a copy of the bundled template {@code name} (e.g. {@code hello-world.asl.json}). */
    public static WindowFixture template(String name) {
        return new WindowFixture(fixture -> fixture.copyOfTemplate(name));
    }

    /** A window showing a file called {@code name} holding {@code text}. */
    public static WindowFixture text(String name, String text) {
        return new WindowFixture(fixture -> fixture.fileWith(name, text));
    }

    /** Opens the window at this size (the default is 1200 × 760). */
    public WindowFixture size(double width, double height) {
        this.width = width;
        this.height = height;
        return this;
    }

    /** Opens a window that remembers its settings, in this fixture's throw-away folder, in the light theme. */
    public WindowFixture remembering() {
        remembers = true;
        return this;
    }

    /** Copies the class-path resource {@code resource} next to the opened file, under its own name. */
    public WindowFixture beside(String resource) {
        besides.add(resource);
        return this;
    }

    /** Runs {@code work} once the folders exist, before the window opens. */
    public WindowFixture before(Preparation work) {
        preparation = work;
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        FxToolkit.registerPrimaryStage();
        engine = newEngine();
        config = newFolder("statewise-it-config");
        Path opened = opening.file(this);
        file = opened;
        folder = opened == null ? newFolder("statewise-it-files") : Objects.requireNonNull(opened.getParent());
        original = opened == null ? "" : Files.readString(opened);
        for (String resource : besides) {
            copyResource(resource, folder.resolve(resource.substring(resource.lastIndexOf('/') + 1)));
        }
        preparation.prepare(this);
        WindowOptions options = remembers ? rememberingOptions()
                : WindowOptions.ephemeral(new AppDirectories(config), width, height);
        FxToolkit.setupStage(primary -> open(primary, opened, options));
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            FxToolkit.cleanupStages();
            for (ScheduledExecutorService each : engines) {
                each.shutdownNow();
            }
            for (ScheduledExecutorService each : engines) {
                if (!each.awaitTermination(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("An engine thread was still busy after the test");
                }
            }
            FxToolkit.cleanupStages();
            FxToolkit.cleanupInput(robot);
        } finally {
            folders.deleteAll();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FxRobot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return robot;
    }

    /** The file the window opened (not the sample, which has none). */
    public Path file() {
        Path opened = file;
        if (opened == null) {
            throw new IllegalStateException("The window opened the sample, which has no file");
        }
        return opened;
    }

    /** A fresh empty folder, deleted after the test. */
    public Path newFolder(String prefix) {
        return folders.newFolder(prefix);
    }

    /** A file called {@code name} holding {@code text}, in a fresh folder. */
    public Path fileWith(String name, String text) {
        return folders.fileWith(name, text);
    }

    /** A copy of the bundled template {@code name} (e.g. {@code hello-world.asl.json}) in a fresh folder. */
    public Path copyOfTemplate(String name) {
        return copyResource("/statewise/app/samples/" + name, newFolder("statewise-it-files").resolve(name));
    }

    /** A copy of the class-path resource {@code resource} at {@code target}. */
    public static Path copyResource(String resource, Path target) {
        return TestFolders.copyResource(resource, target);
    }

    /** Where a window opened with {@link #remembering()} options keeps its settings. */
    public Path settingsFile() {
        return new AppDirectories(config).settingsFile();
    }

    /**
     * Opens {@code file} in a second window that remembers its settings, as the next start of the designer would,
     * and waits until its document is analysed; for tests of what a window remembers.
     */
    public MainWindow openNext(FxRobot robot, Path file) throws TimeoutException {
        AtomicReference<MainWindow> next = new AtomicReference<>();
        robot.interact(() -> next.set(MainWindow.open(new Stage(), engine, file, rememberingOptions())));
        await(() -> next.get().session().document().analysed());
        return next.get();
    }

    /**
     * Stops the engine of the window shown now, as closing it does, and opens {@code file} (the sample when null) in
     * a new window on the same stage with an engine of its own; for tests of what a closed window's session still
     * does. UI thread.
     */
    public MainWindow reopen(@Nullable Path file) {
        engine.shutdownNow();
        engine = newEngine();
        return open(stage, file, WindowOptions.ephemeral(new AppDirectories(config), width, height));
    }

    /** Waits until the session shows an analysed document named {@code name}. */
    public void awaitOpened(String name) throws TimeoutException {
        await(() -> window.session().nameProperty().get().equals(name) && window.session().document().analysed());
    }

    /** Waits until the session's document is analysed (a reparse answered). */
    public void awaitAnalysed() throws TimeoutException {
        await(() -> window.session().document().analysed());
    }

    /**
     * Waits until {@code condition} holds, then until the FX thread is idle. The condition is checked on the FX
     * thread, between two of its turns, so it never sees UI state half way through a change; one that throws (a
     * node not there yet) does not hold.
     */
    public static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> WaitForAsyncUtils
                .asyncFx(() -> holds(condition)).get(PATIENCE_SECONDS, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether {@code node} and every one of its parents are visible. */
    public static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean holds(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (RuntimeException notYet) {
            return false;
        }
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

    private MainWindow open(Stage primary, @Nullable Path opened, WindowOptions options) {
        stage = primary;
        window = MainWindow.open(primary, engine, opened, options);
        return window;
    }

    private WindowOptions rememberingOptions() {
        return new WindowOptions(new AppDirectories(config), true, width, height, ThemeChoice.LIGHT);
    }

    private ScheduledExecutorService newEngine() {
        ScheduledExecutorService made = EngineExecutor.create("it");
        engines.add(made);
        return made;
    }
}
