package statewise.app.shell;

import org.jspecify.annotations.Nullable;
import statewise.app.prefs.AppDirectories;
import statewise.app.theme.ThemeChoice;

/**
 * How a main window is run.
 *
 * @param directories where settings and recovery drafts live
 * @param persistent  remember the layout and recent files, autosave drafts and offer the ones a crash left;
 *                    false for screenshots, which must not touch the user's settings
 * @param width       the scene's width, or NaN for the remembered one
 * @param height      the scene's height, or NaN for the remembered one
 * @param theme       the theme to show ({@code --theme}), or null for the remembered one (light when the window is
 *                    not persistent, so screenshots and tests look the same on every machine)
 */
public record WindowOptions(AppDirectories directories, boolean persistent, double width, double height,
        @Nullable ThemeChoice theme) {

    /** Options with the theme the settings name. */
    public WindowOptions(AppDirectories directories, boolean persistent, double width, double height) {
        this(directories, persistent, width, height, null);
    }

    public static WindowOptions forUser() {
        return new WindowOptions(AppDirectories.forUser(), true, Double.NaN, Double.NaN);
    }

    /** A window that leaves no trace (no settings, no drafts), of a fixed size. */
    public static WindowOptions ephemeral(AppDirectories directories, double width, double height) {
        return new WindowOptions(directories, false, width, height);
    }

    /** These options with {@code chosen} as the theme (null: the remembered one). */
    public WindowOptions withTheme(@Nullable ThemeChoice chosen) {
        return new WindowOptions(directories, persistent, width, height, chosen);
    }
}
