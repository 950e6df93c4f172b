package statewise.app.shell;

import java.nio.file.Path;
import javafx.application.Application;
import org.jspecify.annotations.Nullable;

/**
 * Starts the JavaFX designer. This is the only class the command line's entry point calls into on the designer's
 * path; its signature names no JavaFX type, so loading the entry point never loads the toolkit.
 */
public final class DesignerLauncher {

    private DesignerLauncher() {
    }

    /** Starts the toolkit and the main window showing {@code file} (the sample when null); returns on exit. */
    public static void launch(@Nullable Path file) {
        String[] args = file == null ? new String[0] : new String[] {file.toAbsolutePath().toString()};
        Application.launch(StatewiseApplication.class, args);
    }
}
