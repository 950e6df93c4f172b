package statewise.app.theme;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import statewise.themes.Theme;

/** What the user picked under View → Theme or with {@code --theme}: one of the themes, or the system's. */
public enum ThemeChoice {
    LIGHT("light", "_Light", Theme.LIGHT),
    DARK("dark", "_Dark", Theme.DARK),
    HIGH_CONTRAST("high-contrast", "_High Contrast", Theme.HIGH_CONTRAST),
    SYSTEM("system", "Follow _System", null);

    private final String id;
    private final String label;
    private final @Nullable Theme theme;

    ThemeChoice(String id, String label, @Nullable Theme theme) {
        this.id = id;
        this.label = label;
        this.theme = theme;
    }

    /** The choice called {@code name} ({@code light}, {@code dark}, {@code high-contrast}, {@code system}). */
    public static ThemeChoice named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ThemeChoice choice : values()) {
            if (choice.id.equals(wanted)) {
                return choice;
            }
        }
        throw new IllegalArgumentException("Unknown theme '" + name + "': expected one of " + ids());
    }

    /** The choice a settings file names, or {@link #SYSTEM} when it names none we know. */
    public static ThemeChoice fromSetting(String name) {
        try {
            return named(name);
        } catch (IllegalArgumentException e) {
            return SYSTEM;
        }
    }

    /** {@code light, dark, high-contrast, system}. */
    public static String ids() {
        return Arrays.stream(values()).map(ThemeChoice::id).collect(Collectors.joining(", "));
    }

    /** The name on the command line and in the settings file. */
    public String id() {
        return id;
    }

    /** The menu label, with its mnemonic. */
    public String label() {
        return label;
    }

    /** The theme to show: the chosen one, or what {@code system} says the operating system uses. */
    public Theme resolve(Supplier<Theme> system) {
        return theme != null ? theme : system.get();
    }
}
