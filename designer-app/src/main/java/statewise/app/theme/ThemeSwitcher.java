package statewise.app.theme;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.stage.Window;
import statewise.app.fx.FxThread;
import statewise.themes.Theme;

/**
 * The theme every window of the designer shows, switched at run time without a restart: each open window's scene
 * gets the new theme's stylesheet in place of the old one, and CSS restyles the canvas, the editor and every control
 * from the new tokens. Windows opened later take {@link #current()}. Only the FX thread uses it.
 */
public final class ThemeSwitcher {

    private static final Set<String> THEME_STYLESHEETS =
            Arrays.stream(Theme.values()).map(Theme::stylesheet).collect(Collectors.toUnmodifiableSet());

    private static Theme current = Theme.LIGHT;
    private static ThemeChoice choice = ThemeChoice.LIGHT;

    private ThemeSwitcher() {
    }

    /** The theme windows show now. */
    public static Theme current() {
        FxThread.check();
        return current;
    }

    /** What the user chose (a theme, or to follow the system). */
    public static ThemeChoice choice() {
        FxThread.check();
        return choice;
    }

    /**
     * Shows {@code chosen} in every open window at once, taking the answer of the system's start-up question
     * ({@link SystemTheme#answer()}) when it follows the system: for start-up, where that answer is fresh.
     */
    public static void show(ThemeChoice chosen) {
        FxThread.check();
        choice = chosen;
        apply(chosen.resolve(SystemTheme::answer));
    }

    /**
     * Shows {@code chosen} in every open window. Following the system asks it again on a thread of its own (that
     * runs programs) and switches when the answer comes.
     */
    public static void choose(ThemeChoice chosen) {
        FxThread.check();
        choice = chosen;
        if (chosen != ThemeChoice.SYSTEM) {
            apply(chosen.resolve(SystemTheme::lastAnswer));
            return;
        }
        Thread ask = new Thread(() -> {
            Theme system = SystemTheme.detect();
            FxThread.UI.execute(() -> {
                if (choice == ThemeChoice.SYSTEM) {
                    apply(system);
                }
            });
        }, "system-theme");
        ask.setDaemon(true);
        ask.start();
    }

    /** Shows {@code theme} in every open window, dialogs and popups included. */
    public static void apply(Theme theme) {
        FxThread.check();
        current = theme;
        for (Window window : List.copyOf(Window.getWindows())) {
            Scene scene = window.getScene();
            if (scene != null) {
                restyle(scene.getStylesheets(), theme);
                if (scene.getRoot() != null) {
                    replaceIfThemed(scene.getRoot().getStylesheets(), theme);
                }
            }
        }
    }

    /** Puts {@code theme}'s stylesheet first in {@code stylesheets}, in place of any other theme's. */
    public static void restyle(List<String> stylesheets, Theme theme) {
        stylesheets.removeIf(THEME_STYLESHEETS::contains);
        stylesheets.add(0, theme.stylesheet());
    }

    /** A popup copies its owner's stylesheets onto its content: switch those too, but only where there was one. */
    private static void replaceIfThemed(List<String> stylesheets, Theme theme) {
        if (stylesheets.stream().anyMatch(THEME_STYLESHEETS::contains)) {
            restyle(stylesheets, theme);
        }
    }
}
