package statewise.app.prefs;

import java.util.ArrayList;
import java.util.List;

/**
 * The designer's layout and history as remembered between runs. Values out of range (a hand-edited or truncated
 * file) fall back to the defaults one by one, so a bad value never stops the window from opening.
 *
 * @param window        the window's last bounds
 * @param outlineWidth  the share of the window the left pane (outline, later the palette) takes, 0..1
 * @param editorShare   the share of the main area the ASL editor takes, 0..1
 * @param problemsShare the share of the height the problems list takes, 0..1
 * @param editorShown   whether the ASL editor is shown (it can be collapsed)
 * @param problemsShown whether the problems list is shown
 * @param recentFiles   absolute paths of recently opened files, newest first
 * @param theme         the look chosen under View → Theme: {@code light}, {@code dark}, {@code high-contrast} or
 *                      {@code system} (follow the operating system, the default)
 * @param minimapFolded whether the canvas's minimap is folded away to its title
 * @param gridHidden    whether View → Grid is off (the canvas draws its grid by default)
 * @param inspectorShare the share of the right column the inspector takes above the ASL editor, 0..1
 */
public record UserSettings(WindowBounds window, double outlineWidth, double editorShare, double problemsShare,
        boolean editorShown, boolean problemsShown, List<String> recentFiles, String theme, boolean minimapFolded,
        boolean gridHidden, double inspectorShare) {

    /** At most this many recent files are remembered. */
    public static final int MAX_RECENT = 10;

    /** The theme setting that follows the operating system. */
    public static final String SYSTEM_THEME = "system";

    /** The inspector's share of the right column until the user moves the divider. */
    public static final double INSPECTOR_SHARE = 0.5;

    private static final UserSettings DEFAULTS = new UserSettings(WindowBounds.DEFAULT, 0.2, 0.38, 0.22, true, true,
            List.of(), SYSTEM_THEME, false, false, INSPECTOR_SHARE);

    /** The window's position and size; NaN position means "let the system place it". */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

        public static final WindowBounds DEFAULT = new WindowBounds(Double.NaN, Double.NaN, 1280, 800, false);

        public WindowBounds {
            if (!(width >= 320 && width <= 20_000) || !(height >= 240 && height <= 20_000)) {
                width = 1280;
                height = 800;
            }
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                x = Double.NaN;
                y = Double.NaN;
            }
        }
    }

    public UserSettings {
        window = window == null ? WindowBounds.DEFAULT : window;
        outlineWidth = share(outlineWidth, 0.2);
        editorShare = share(editorShare, 0.38);
        problemsShare = share(problemsShare, 0.22);
        inspectorShare = share(inspectorShare, INSPECTOR_SHARE);
        recentFiles = recentFiles == null ? List.of()
                : recentFiles.stream().filter(p -> p != null && !p.isBlank()).distinct().limit(MAX_RECENT).toList();
        theme = theme == null || theme.isBlank() ? SYSTEM_THEME : theme;
    }

    public static UserSettings defaults() {
        return DEFAULTS;
    }

    /** These settings with {@code path} first among the recent files (moved there if it was already listed). */
    public UserSettings withRecent(String path) {
        List<String> recent = new ArrayList<>(recentFiles);
        recent.remove(path);
        recent.add(0, path);
        return new UserSettings(window, outlineWidth, editorShare, problemsShare, editorShown, problemsShown, recent,
                theme, minimapFolded, gridHidden, inspectorShare);
    }

    /** These settings without {@code path} among the recent files (it no longer opens). */
    public UserSettings withoutRecent(String path) {
        List<String> recent = new ArrayList<>(recentFiles);
        recent.remove(path);
        return new UserSettings(window, outlineWidth, editorShare, problemsShare, editorShown, problemsShown, recent,
                theme, minimapFolded, gridHidden, inspectorShare);
    }

    /** These settings without recent files. */
    public UserSettings withoutRecentFiles() {
        return new UserSettings(window, outlineWidth, editorShare, problemsShare, editorShown, problemsShown,
                List.of(), theme, minimapFolded, gridHidden, inspectorShare);
    }

    /** These settings with another window and pane layout, the recent files kept. */
    public UserSettings withLayout(WindowBounds bounds, double outline, double editor, double problems,
            boolean showEditor, boolean showProblems) {
        return new UserSettings(bounds, outline, editor, problems, showEditor, showProblems, recentFiles, theme,
                minimapFolded, gridHidden, inspectorShare);
    }

    /** These settings with another theme ({@code light}, {@code dark}, {@code high-contrast}, {@code system}). */
    public UserSettings withTheme(String chosen) {
        return new UserSettings(window, outlineWidth, editorShare, problemsShare, editorShown, problemsShown,
                recentFiles, chosen, minimapFolded, gridHidden, inspectorShare);
    }

    /** These settings with the minimap folded away or open. */
    public UserSettings withMinimapFolded(boolean folded) {
        return new UserSettings(window, outlineWidth, editorShare, problemsShare, editorShown, problemsShown,
                recentFiles, theme, folded, gridHidden, inspectorShare);
    }

    /** These settings with the canvas's grid hidden or shown. */
    public UserSettings withGridHidden(boolean hidden) {
        return new UserSettings(window, outlineWidth, editorShare, problemsShare, editorShown, problemsShown,
                recentFiles, theme, minimapFolded, hidden, inspectorShare);
    }

    /** These settings with the inspector taking {@code share} of the right column. */
    public UserSettings withInspectorShare(double share) {
        return new UserSettings(window, outlineWidth, editorShare, problemsShare, editorShown, problemsShown,
                recentFiles, theme, minimapFolded, gridHidden, share);
    }

    private static double share(double value, double fallback) {
        return value > 0.02 && value < 0.98 ? value : fallback;
    }
}
