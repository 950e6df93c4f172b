package statewise.app.shell;

import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Starts the JavaFX designer. This is the only class the command line's entry point calls into on the designer's
 * path; its signatures name no JavaFX type, so loading the entry point never loads the toolkit.
 */
public final class DesignerLauncher {

    /**
     * A picture of the window to write instead of staying open.
     *
     * @param output the PNG file
     * @param width  the window's scene width in pixels
     * @param height its height
     */
    public record Screenshot(Path output, int width, int height) {
    }

    private DesignerLauncher() {
    }

    /**
     * Starts the toolkit on a thread of its own ({@link EarlyLaunch}), and then loading what showing the first
     * definition needs on another, so both overlap parsing the command line; the launch does it otherwise. The
     * toolkit first: setting up the warm-up looks up its logger, which on a first use searches every jar for a
     * logging service, and that had delayed the toolkit's start by a few hundred milliseconds.
     */
    public static void warmUp() {
        EarlyLaunch.begin();
        StartupWarmUp.start();
    }

    /**
     * Starts the toolkit and the main window showing {@code file} (the sample when null) in {@code theme}
     * ({@code light}, {@code dark}, {@code high-contrast}, {@code system}; null for the remembered one); returns on
     * exit.
     */
    public static void launch(@Nullable Path file, @Nullable String theme) {
        EarlyLaunch.run(new EarlyLaunch.Request(file, null, theme, false));
    }

    /**
     * Opens {@code file} (the sample when null) in {@code theme} (null: light), writes a PNG of the settled window
     * and exits; returns why the picture could not be written, or empty when it was.
     */
    public static Optional<String> screenshot(@Nullable Path file, Screenshot screenshot, @Nullable String theme) {
        EarlyLaunch.run(new EarlyLaunch.Request(file, screenshot, theme, false));
        return Optional.ofNullable(ScreenshotMode.failure());
    }

    /**
     * Starts the designer as {@link #launch} does, and exits at the first frame with the definition's diagram drawn
     * and nothing pending; returns the line that says how long that took, or empty when the window was closed first.
     */
    public static Optional<String> reportStartup(@Nullable Path file, @Nullable String theme) {
        EarlyLaunch.run(new EarlyLaunch.Request(file, null, theme, true));
        return Optional.ofNullable(StatewiseApplication.startupReport());
    }
}
