package statewise.app.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import statewise.themes.Theme;

class ThemeChoiceTest {

    @Test
    void namedTakesTheCommandLineNames() {
        assertEquals(ThemeChoice.HIGH_CONTRAST, ThemeChoice.named("high-contrast"));
        assertEquals(ThemeChoice.SYSTEM, ThemeChoice.named("System"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ThemeChoice.named("blue"));
        assertEquals("Unknown theme 'blue': expected one of light, dark, high-contrast, system", e.getMessage());
    }

    @Test
    void anUnknownSettingFollowsTheSystem() {
        assertEquals(ThemeChoice.SYSTEM, ThemeChoice.fromSetting("sepia"));
        assertEquals(ThemeChoice.DARK, ThemeChoice.fromSetting("dark"));
    }

    @Test
    void followingTheSystemTakesItsAnswer() {
        assertEquals(Theme.DARK, ThemeChoice.SYSTEM.resolve(() -> Theme.DARK));
        assertEquals(Theme.LIGHT, ThemeChoice.LIGHT.resolve(() -> Theme.DARK));
    }
}
