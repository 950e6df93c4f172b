package statewise.app.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import statewise.app.fx.EngineExecutor;

/**
 * The JavaFX application: owns the engine executor for the program's lifetime and opens the main window on the
 * file named by its one optional argument.
 */
public final class StatewiseApplication extends Application {

    private final ExecutorService engine = EngineExecutor.create("engine");

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        @Nullable Path file = args.isEmpty() ? null : Path.of(args.get(0));
        MainWindow.open(stage, engine, file);
    }

    @Override
    public void stop() {
        engine.shutdownNow();
    }
}
