package statewise.app.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import statewise.themes.Theme;

class SystemThemeTest {

    /** Answers a command by its last word (the key asked for), as the system would; nothing for other commands. */
    private static Function<List<String>, Optional<String>> answering(Map<String, String> byLastWord) {
        return command -> Optional.ofNullable(byLastWord.get(command.get(command.size() - 1)));
    }

    @Test
    void answerWaitsForTheQuestionAskedInTheBackground() {
        CountDownLatch asked = new CountDownLatch(1);
        SystemTheme.detectInBackground(() -> {
            asked.countDown();
            sleep(Duration.ofMillis(300));
            return Theme.DARK;
        });

        assertEquals(Theme.DARK, SystemTheme.answer(), "the answer given while the question is still being asked");
        assertEquals(0, asked.getCount());
    }

    @Test
    void aQuestionThatFailsInTheBackgroundKeepsTheLastAnswer() {
        Theme before = SystemTheme.lastAnswer();
        SystemTheme.detectInBackground(() -> {
            throw new IllegalStateException("no desktop");
        });

        assertEquals(before, SystemTheme.answer());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void gnomePreferringDarkGivesTheDarkTheme() {
        Theme theme = SystemTheme.detect("Linux", Map.of(),
                answering(Map.of("high-contrast", "false\n", "color-scheme", "'prefer-dark'\n")));

        assertEquals(Theme.DARK, theme);
    }

    @Test
    void gnomeHighContrastWinsOverItsColourScheme() {
        Theme theme = SystemTheme.detect("Linux", Map.of(),
                answering(Map.of("high-contrast", "true\n", "color-scheme", "'prefer-dark'\n")));

        assertEquals(Theme.HIGH_CONTRAST, theme);
    }

    @Test
    void gtkThemeVariableIsReadBeforeAskingGsettings() {
        Theme theme = SystemTheme.detect("Linux", Map.of("GTK_THEME", "Adwaita:dark"),
                answering(Map.of("color-scheme", "'prefer-light'\n")));

        assertEquals(Theme.DARK, theme);
    }

    @Test
    void anOlderGnomeNamesADarkGtkTheme() {
        Theme theme = SystemTheme.detect("Linux", Map.of(),
                answering(Map.of("color-scheme", "'default'\n", "gtk-theme", "'Yaru-dark'\n")));

        assertEquals(Theme.DARK, theme);
    }

    @Test
    void aSystemThatAnswersNothingGetsTheLightTheme() {
        assertEquals(Theme.LIGHT, SystemTheme.detect("Linux", Map.of(), answering(Map.of())));
        assertEquals(Theme.LIGHT, SystemTheme.detect("FreeBSD", Map.of(), answering(Map.of())));
    }

    @Test
    void macDarkModeIsReadFromAppleInterfaceStyle() {
        assertEquals(Theme.DARK,
                SystemTheme.detect("Mac OS X", Map.of(), answering(Map.of("AppleInterfaceStyle", "Dark\n"))));
        assertEquals(Theme.LIGHT, SystemTheme.detect("Mac OS X", Map.of(), answering(Map.of())));
    }

    @Test
    void windowsReadsHighContrastThenAppsUseLightTheme() {
        String dark = "\nHKEY_CURRENT_USER\\Software\\...\\Personalize\n    AppsUseLightTheme    REG_DWORD    0x0\n";
        String highContrastOff = "\nHKEY_CURRENT_USER\\Control Panel\\Accessibility\\HighContrast\n"
                + "    Flags    REG_SZ    126\n";
        String highContrastOn = highContrastOff.replace("126", "127");

        assertEquals(Theme.DARK, SystemTheme.detect("Windows 11", Map.of(),
                answering(Map.of("Flags", highContrastOff, "AppsUseLightTheme", dark))));
        assertEquals(Theme.HIGH_CONTRAST, SystemTheme.detect("Windows 11", Map.of(),
                answering(Map.of("Flags", highContrastOn, "AppsUseLightTheme", dark))));
        assertEquals(Theme.LIGHT, SystemTheme.detect("Windows 10", Map.of(),
                answering(Map.of("AppsUseLightTheme", dark.replace("0x0", "0x1")))));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aCommandThatHangsIsGivenUpAfterTheTimeout() {
        assertEquals(Optional.empty(), SystemTheme.run(List.of("sleep", "30"), Duration.ofMillis(200)));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aCommandsOutputIsItsAnswer() {
        assertEquals(Optional.of("prefer-dark\n"), SystemTheme.run(List.of("echo", "prefer-dark")));
        assertEquals(Optional.empty(), SystemTheme.run(List.of("false")));
        assertEquals(Optional.empty(), SystemTheme.run(List.of("statewise-no-such-command")));
    }
}
