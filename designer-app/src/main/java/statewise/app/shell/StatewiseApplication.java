package statewise.app.shell;

import java.nio.file.Path;
import java.util.Objects;
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
 * The JavaFX application: owns the engine executor for the program's lifetime and opens the main window on what the
 * command line asked for ({@link EarlyLaunch.Request}): a file or the sample, a theme instead of the remembered one,
 * a picture of the window instead of staying open, or a note of how long the start took (see
 * {@link StartupReport}) before exiting.
 */
public final class StatewiseApplication extends Application {

    private static final AtomicReference<@Nullable String> STARTUP = new AtomicReference<>();

    private final ScheduledExecutorService engine = EngineExecutor.create("engine");
    /** Set by {@link #init} on the launcher thread, which the toolkit starts {@link #start} after. */
    private volatile EarlyLaunch.@Nullable Request request;

    /** The line {@code --report-startup} produced, or null when the window closed before it was ready. */
    static @Nullable String startupReport() {
        return STARTUP.get();
    }

    /**
     * Starts loading what the window and the first definition need in the background ({@link StartupWarmUp}), waits
     * for the parsed command line, and asks the operating system for its theme on a thread of its own while the
     * window is built, so the first frame already matches it without the FX thread waiting for the programs that
     * answer.
     */
    @Override
    public void init() {
        StartupWarmUp.start();
        StartupWarmUp.startIcons();
        EarlyLaunch.Request asked = EarlyLaunch.request();
        request = asked;
        @Nullable String theme = asked.theme();
        if (theme == null ? asked.screenshot() == null : ThemeChoice.named(theme) == ThemeChoice.SYSTEM) {
            SystemTheme.detectInBackground();
        }
    }

    @Override
    public void start(Stage stage) {
        EarlyLaunch.Request asked = Objects.requireNonNull(request, "init() sets the request");
        @Nullable Path requested = asked.file();
        @Nullable Path file = requested == null ? null : requested.toAbsolutePath();
        @Nullable String named = asked.theme();
        @Nullable ThemeChoice theme = named == null ? null : ThemeChoice.named(named);
        DesignerLauncher.@Nullable Screenshot screenshot = asked.screenshot();
        if (screenshot == null) {
            MainWindow window = MainWindow.open(stage, engine, file, WindowOptions.forUser().withTheme(theme));
            if (asked.reportStartup()) {
                StartupReport.watch(window, line -> {
                    STARTUP.set(line);
                    Platform.exit();
                });
            }
            return;
        }
        WindowOptions options = WindowOptions.ephemeral(AppDirectories.forUser(), screenshot.width(),
                screenshot.height()).withTheme(theme);
        MainWindow window = MainWindow.open(stage, engine, file, options);
        ScreenshotMode.capture(window, screenshot.output().toAbsolutePath());
    }

    @Override
    public void stop() {
        engine.shutdownNow();
    }
}
