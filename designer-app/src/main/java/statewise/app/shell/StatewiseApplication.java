package statewise.app.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import statewise.app.fx.EngineExecutor;
import statewise.app.prefs.AppDirectories;
import statewise.app.theme.SystemTheme;
import statewise.app.theme.ThemeChoice;

/**
 * The JavaFX application: owns the engine executor for the program's lifetime and opens the main window on the
 * file named by its one optional argument. With {@code --screenshot=FILE} (and {@code --size=WxH}) it writes a
 * picture of the window instead of staying open; {@code --theme=ID} shows that theme instead of the remembered one;
 * {@code --report-startup=true} notes how long the start took (see {@link StartupReport}) and exits.
 */
public final class StatewiseApplication extends Application {

    static final String SCREENSHOT = "screenshot";
    static final String WIDTH = "width";
    static final String HEIGHT = "height";
    static final String THEME = "theme";
    static final String REPORT_STARTUP = "report-startup";

    private static final AtomicReference<@Nullable String> STARTUP = new AtomicReference<>();

    private final ScheduledExecutorService engine = EngineExecutor.create("engine");

    /** The line {@code --report-startup} produced, or null when the window closed before it was ready. */
    static @Nullable String startupReport() {
        return STARTUP.get();
    }

    /**
     * Starts loading what the window and the first definition need in the background ({@link StartupWarmUp}), and
     * asks the operating system for its theme on a thread of its own while the window is built, so the first frame
     * already matches it without the FX thread waiting for the programs that answer.
     */
    @Override
    public void init() {
        StartupWarmUp.start();
        StartupWarmUp.startIcons();
        String theme = getParameters().getNamed().get(THEME);
        boolean screenshot = getParameters().getNamed().containsKey(SCREENSHOT);
        if (theme == null ? !screenshot : ThemeChoice.named(theme) == ThemeChoice.SYSTEM) {
            SystemTheme.detectInBackground();
        }
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getUnnamed();
        Map<String, String> named = getParameters().getNamed();
        @Nullable Path file = args.isEmpty() ? null : Path.of(args.get(0));
        String screenshot = named.get(SCREENSHOT);
        @Nullable ThemeChoice theme = named.containsKey(THEME) ? ThemeChoice.named(named.get(THEME)) : null;
        if (screenshot == null) {
            MainWindow window = MainWindow.open(stage, engine, file, WindowOptions.forUser().withTheme(theme));
            if (named.containsKey(REPORT_STARTUP)) {
                StartupReport.watch(window, line -> {
                    STARTUP.set(line);
                    Platform.exit();
                });
            }
            return;
        }
        WindowOptions options = WindowOptions.ephemeral(AppDirectories.forUser(),
                Double.parseDouble(named.get(WIDTH)), Double.parseDouble(named.get(HEIGHT))).withTheme(theme);
        MainWindow window = MainWindow.open(stage, engine, file, options);
        ScreenshotMode.capture(window, Path.of(screenshot));
    }

    @Override
    public void stop() {
        engine.shutdownNow();
    }
}
