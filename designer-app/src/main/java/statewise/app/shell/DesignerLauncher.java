package statewise.app.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
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
     * Starts loading what showing the first definition needs on a thread of its own, so it overlaps parsing the
     * command line and starting the toolkit; the launch does it otherwise.
     */
    public static void warmUp() {
        StartupWarmUp.start();
    }

    /**
     * Starts the toolkit and the main window showing {@code file} (the sample when null) in {@code theme}
     * ({@code light}, {@code dark}, {@code high-contrast}, {@code system}; null for the remembered one); returns on
     * exit.
     */
    public static void launch(@Nullable Path file, @Nullable String theme) {
        Application.launch(StatewiseApplication.class, arguments(file, null, theme));
    }

    /**
     * Opens {@code file} (the sample when null) in {@code theme} (null: light), writes a PNG of the settled window
     * and exits; returns why the picture could not be written, or empty when it was.
     */
    public static Optional<String> screenshot(@Nullable Path file, Screenshot screenshot, @Nullable String theme) {
        Application.launch(StatewiseApplication.class, arguments(file, screenshot, theme));
        return Optional.ofNullable(ScreenshotMode.failure());
    }

    /**
     * Starts the designer as {@link #launch} does, and exits at the first frame with the definition's diagram drawn
     * and nothing pending; returns the line that says how long that took, or empty when the window was closed first.
     */
    public static Optional<String> reportStartup(@Nullable Path file, @Nullable String theme) {
        List<String> args = new ArrayList<>(List.of("--" + StatewiseApplication.REPORT_STARTUP + "=true"));
        args.addAll(List.of(arguments(file, null, theme)));
        Application.launch(StatewiseApplication.class, args.toArray(String[]::new));
        return Optional.ofNullable(StatewiseApplication.startupReport());
    }

    private static String[] arguments(@Nullable Path file, @Nullable Screenshot screenshot, @Nullable String theme) {
        List<String> args = new ArrayList<>();
        if (theme != null) {
            args.add("--" + StatewiseApplication.THEME + "=" + theme);
        }
        if (screenshot != null) {
            args.add("--" + StatewiseApplication.SCREENSHOT + "=" + screenshot.output().toAbsolutePath());
            args.add("--" + StatewiseApplication.WIDTH + "=" + screenshot.width());
            args.add("--" + StatewiseApplication.HEIGHT + "=" + screenshot.height());
        }
        if (file != null) {
            args.add(file.toAbsolutePath().toString());
        }
        return args.toArray(String[]::new);
    }
}
