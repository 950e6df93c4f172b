package statewise.app.prefs;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import statewise.app.files.AtomicFiles;

/**
 * Reads and writes {@link UserSettings} as a small JSON file. A missing or unreadable file gives the defaults (the
 * designer must open whatever is in that file), and writes are atomic so a crash never leaves half a file.
 */
public final class SettingsStore {

    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public UserSettings load() {
        try {
            UserSettings settings = JSON.readValue(Files.readString(file), UserSettings.class);
            return settings == null ? UserSettings.defaults() : settings;
        } catch (NoSuchFileException e) {
            return UserSettings.defaults();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Ignoring unreadable settings in " + file + ": " + e.getMessage());
            return UserSettings.defaults();
        }
    }

    /** Writes the settings; a failure is logged, since losing a window size is no reason to bother the user. */
    public void save(UserSettings settings) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.write(file, JSON.writeValueAsString(settings));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not save settings to " + file + ": " + e.getMessage());
        }
    }
}
