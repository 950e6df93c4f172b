package statewise.app.shell;

import java.util.function.UnaryOperator;
import statewise.app.prefs.SettingsStore;
import statewise.app.prefs.UserSettings;

/** The settings a window runs with, written back after each change when the window is persistent. */
final class WindowSettings {

    private final SettingsStore store;
    private final boolean persistent;
    private UserSettings current;

    WindowSettings(SettingsStore store, boolean persistent) {
        this.store = store;
        this.persistent = persistent;
        this.current = persistent ? store.load() : UserSettings.defaults();
    }

    UserSettings get() {
        return current;
    }

    void update(UnaryOperator<UserSettings> change) {
        current = change.apply(current);
        if (persistent) {
            store.save(current);
        }
    }
}
