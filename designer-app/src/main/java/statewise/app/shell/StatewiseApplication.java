package statewise.app.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Application;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import statewise.app.fx.EngineExecutor;
import statewise.app.prefs.AppDirectories;

/**
 * The JavaFX application: owns the engine executor for the program's lifetime and opens the main window on the
 * file named by its one optional argument. With {@code --screenshot=FILE} (and {@code --size=WxH}) it writes a
 * picture of the window instead of staying open.
 */
public final class StatewiseApplication extends Application {

    static final String SCREENSHOT = "screenshot";
    static final String WIDTH = "width";
    static final String HEIGHT = "height";

    private final ScheduledExecutorService engine = EngineExecutor.create("engine");

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getUnnamed();
        Map<String, String> named = getParameters().getNamed();
        @Nullable Path file = args.isEmpty() ? null : Path.of(args.get(0));
        String screenshot = named.get(SCREENSHOT);
        if (screenshot == null) {
            MainWindow.open(stage, engine, file, WindowOptions.forUser());
            return;
        }
        WindowOptions options = WindowOptions.ephemeral(AppDirectories.forUser(),
                Double.parseDouble(named.get(WIDTH)), Double.parseDouble(named.get(HEIGHT)));
        MainWindow window = MainWindow.open(stage, engine, file, options);
        ScreenshotMode.capture(window, Path.of(screenshot));
    }

    @Override
    public void stop() {
        engine.shutdownNow();
    }
}
