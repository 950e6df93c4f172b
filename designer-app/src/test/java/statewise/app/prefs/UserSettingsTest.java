package statewise.app.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserSettingsTest {

    @TempDir
    Path dir;

    @Test
    void aReopenedFileMovesToTheTopOfTheRecentFiles() {
        UserSettings settings = UserSettings.defaults().withRecent("/a").withRecent("/b").withRecent("/a");

        assertEquals(List.of("/a", "/b"), settings.recentFiles());
    }

    @Test
    void onlyTheNewestRecentFilesAreKept() {
        UserSettings settings = UserSettings.defaults();
        for (int i = 0; i < 15; i++) {
            settings = settings.withRecent("/file" + i);
        }

        assertEquals(UserSettings.MAX_RECENT, settings.recentFiles().size());
        assertEquals("/file14", settings.recentFiles().get(0));
    }

    @Test
    void valuesOutOfRangeFallBackOneByOne() {
        UserSettings settings = new UserSettings(new UserSettings.WindowBounds(Double.NaN, 5, 10, 99_999, false),
                1.5, 0.3, -2, false, true, null, " ", false, false, 1.0);

        assertEquals(1280, settings.window().width());
        assertTrue(Double.isNaN(settings.window().y()));
        assertEquals(0.2, settings.outlineWidth());
        assertEquals(0.3, settings.editorShare());
        assertEquals(0.22, settings.problemsShare());
        assertEquals(List.of(), settings.recentFiles());
        assertEquals(UserSettings.SYSTEM_THEME, settings.theme());
        assertEquals(UserSettings.INSPECTOR_SHARE, settings.inspectorShare());
    }

    @Test
    void theInspectorsShareOfTheRightColumnSurvivesASaveAndALoad() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));

        store.save(UserSettings.defaults().withInspectorShare(0.3).withTheme("dark"));

        assertEquals(0.3, store.load().inspectorShare());
    }

    @Test
    void theChosenThemeSurvivesASaveAndALoad() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));

        store.save(UserSettings.defaults().withRecent("/a").withTheme("high-contrast"));

        assertEquals("high-contrast", store.load().theme());
        assertEquals(List.of("/a"), store.load().recentFiles());
    }

    @Test
    void theGridIsShownUnlessTurnedOffAndStaysOffAfterASaveAndALoad() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        assertFalse(UserSettings.defaults().gridHidden());

        store.save(UserSettings.defaults().withGridHidden(true).withTheme("dark"));

        assertTrue(store.load().gridHidden());
    }

    @Test
    void settingsSurviveASaveAndALoad() {
        SettingsStore store = new SettingsStore(dir.resolve("nested/settings.json"));
        UserSettings settings = UserSettings.defaults()
                .withLayout(new UserSettings.WindowBounds(10, 20, 900, 700, true), 0.3, 0.5, 0.25, false, true)
                .withRecent("/tmp/flow.asl.json");

        store.save(settings);

        assertEquals(settings, store.load());
    }

    @Test
    void aFoldedMinimapStaysFoldedAfterASaveAndALoad() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));

        store.save(UserSettings.defaults().withMinimapFolded(true).withTheme("dark").withRecent("/a"));

        assertTrue(store.load().minimapFolded());
        assertFalse(UserSettings.defaults().minimapFolded(), "open unless the user folded it");
    }

    @Test
    void settingsWrittenBeforeTheMinimapCouldFoldOpenItUnfolded() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"outlineWidth\": 0.3, \"theme\": \"dark\"}");

        UserSettings loaded = new SettingsStore(file).load();

        assertFalse(loaded.minimapFolded());
        assertEquals("dark", loaded.theme());
    }

    @Test
    void aWindowTheSystemPlacedKeepsNoPosition() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));

        store.save(UserSettings.defaults());

        assertTrue(Double.isNaN(store.load().window().x()));
    }

    @Test
    void aBrokenSettingsFileGivesTheDefaults() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"), "{\"window\": [oops");

        assertEquals(UserSettings.defaults(), new SettingsStore(file).load());
    }

    @Test
    void unknownAndMissingFieldsAreTolerated() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"),
                "{\"recentFiles\": [\"/x\", \"\", \"/x\"], \"fontSize\": 14}");

        UserSettings settings = new SettingsStore(file).load();

        assertEquals(List.of("/x"), settings.recentFiles());
        assertEquals(UserSettings.defaults().window(), settings.window());
        assertEquals(UserSettings.SYSTEM_THEME, settings.theme());
    }

    @Test
    void theConfigFolderFollowsThePlatform() {
        assertEquals(Path.of("/custom"), AppDirectories.resolve("/custom", Map.of(), "Linux", "/home/u").config());
        assertEquals(Path.of("/xdg/statewise"),
                AppDirectories.resolve(null, Map.of("XDG_CONFIG_HOME", "/xdg"), "Linux", "/home/u").config());
        assertEquals(Path.of("/home/u/.config/statewise"),
                AppDirectories.resolve(null, Map.of(), "Linux", "/home/u").config());
        assertEquals(Path.of("/home/u/Library/Application Support/Statewise"),
                AppDirectories.resolve(null, Map.of(), "Mac OS X", "/home/u").config());
        assertEquals(Path.of("C:/Users/u/AppData/Roaming", "Statewise"),
                AppDirectories.resolve(null, Map.of("APPDATA", "C:/Users/u/AppData/Roaming"), "Windows 11", "/h")
                        .config());
    }
}
