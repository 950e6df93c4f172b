package statewise.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ThemeTest {

    private static final Pattern COLOUR_LITERAL = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|rgba?\\(|hsba?\\(");

    @Test
    void lightThemeDefinesItsTokensOnRoot() {
        String css = Theme.LIGHT.css();

        for (String token : List.of("-sw-accent: #2563eb;", "-sw-surface:", "-sw-text:", "-sw-error:",
                "-sw-code-key:", "-sw-kind-task:", "-sw-status-paused:")) {
            assertTrue(css.contains(token), token);
        }
    }

    @Test
    void everyThemeDefinesTheSameTokens() {
        List<String> light = List.copyOf(Theme.LIGHT.tokens().names());

        for (Theme theme : Theme.values()) {
            assertEquals(light, List.copyOf(theme.tokens().names()), theme.id());
        }
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void colourLiteralsAppearOnlyAmongTheRootTokens(Theme theme) {
        String css = theme.css();
        String rules = css.substring(css.indexOf('}', css.indexOf(".root {")) + 1);

        List<String> literals = new ArrayList<>();
        Matcher matcher = COLOUR_LITERAL.matcher(rules.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (matcher.find()) {
            literals.add(matcher.group());
        }
        assertEquals(List.of(), literals, "component rules must use -sw- tokens");
    }

    @Test
    void stylesheetIsADataUrlOfTheCss() {
        String url = Theme.DARK.stylesheet();

        assertTrue(url.startsWith("data:text/css;base64,"), url);
        String css = new String(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)),
                StandardCharsets.UTF_8);
        assertEquals(Theme.DARK.css(), css);
    }

    @Test
    void namedTakesTheCommandLineNames() {
        assertEquals(Theme.HIGH_CONTRAST, Theme.named("high-contrast"));
        assertEquals(Theme.DARK, Theme.named("Dark"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Theme.named("sepia"));
        assertEquals("Unknown theme 'sepia': expected one of light, dark, high-contrast", e.getMessage());
    }
}
