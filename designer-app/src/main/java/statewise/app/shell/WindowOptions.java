package statewise.app.shell;

import statewise.app.prefs.AppDirectories;

/**
 * How a main window is run.
 *
 * @param directories where settings and recovery drafts live
 * @param persistent  remember the layout and recent files, autosave drafts and offer the ones a crash left;
 *                    false for screenshots, which must not touch the user's settings
 * @param width       the scene's width, or NaN for the remembered one
 * @param height      the scene's height, or NaN for the remembered one
 */
public record WindowOptions(AppDirectories directories, boolean persistent, double width, double height) {

    public static WindowOptions forUser() {
        return new WindowOptions(AppDirectories.forUser(), true, Double.NaN, Double.NaN);
    }

    /** A window that leaves no trace (no settings, no drafts), of a fixed size. */
    public static WindowOptions ephemeral(AppDirectories directories, double width, double height) {
        return new WindowOptions(directories, false, width, height);
    }
}
