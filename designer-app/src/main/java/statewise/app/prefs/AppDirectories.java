package statewise.app.prefs;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the designer keeps its settings and recovery drafts: the platform's per-user configuration folder
 * ({@code $XDG_CONFIG_HOME/statewise} or {@code ~/.config/statewise} on Linux, {@code %APPDATA%\Statewise} on
 * Windows, {@code ~/Library/Application Support/Statewise} on macOS). The system property
 * {@code statewise.config.dir} overrides it, which is how tests keep away from the user's own settings.
 *
 * @param config the folder itself
 */
public record AppDirectories(Path config) {

    /** The system property that overrides the folder. */
    public static final String PROPERTY = "statewise.config.dir";

    public static AppDirectories forUser() {
        return resolve(System.getProperty(PROPERTY), System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
    }

    /** The folder for the given property, environment, operating system name and home folder. */
    static AppDirectories resolve(String override, Map<String, String> env, String osName, String home) {
        if (override != null && !override.isBlank()) {
            return new AppDirectories(Path.of(override));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") && env.get("APPDATA") != null) {
            return new AppDirectories(Path.of(env.get("APPDATA"), "Statewise"));
        }
        if (os.contains("mac")) {
            return new AppDirectories(Path.of(home, "Library", "Application Support", "Statewise"));
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".config");
        return new AppDirectories(base.resolve("statewise"));
    }

    public Path settingsFile() {
        return config.resolve("settings.json");
    }

    public Path recoveryFolder() {
        return config.resolve("recovery");
    }
}
