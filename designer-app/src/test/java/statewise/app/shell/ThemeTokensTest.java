package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import statewise.themes.Theme;

/** The designer's stylesheet uses only colour tokens, and the theme defines every token it uses. */
class ThemeTokensTest {

    private static final Pattern TOKEN_USE = Pattern.compile("(?<![\\w-])(-sw-[a-z-]+)(?!\\s*:)");
    private static final Pattern TOKEN_DEFINITION = Pattern.compile("(-sw-[a-z-]+)\\s*:");
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{3,8}\\b");

    @Test
    void everyTokenTheDesignerUsesIsDefinedByTheLightTheme() throws IOException {
        String designer = read(MainWindow.class.getResourceAsStream("statewise.css"));
        String theme = read(Theme.LIGHT.resource().openStream());

        Set<String> missing = new TreeSet<>(matches(TOKEN_USE, designer));
        missing.removeAll(matches(TOKEN_DEFINITION, theme));

        assertEquals(Set.of(), missing);
        assertTrue(matches(TOKEN_USE, designer).size() > 20);
    }

    @Test
    void theDesignersStylesheetHasNoColourLiterals() throws IOException {
        String designer = read(MainWindow.class.getResourceAsStream("statewise.css"));

        assertEquals(Set.of(), matches(HEX, designer));
    }

    private static Set<String> matches(Pattern pattern, String css) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(css);
        while (matcher.find()) {
            found.add(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group());
        }
        return found;
    }

    private static String read(InputStream in) throws IOException {
        try (InputStream stream = Objects.requireNonNull(in)) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
