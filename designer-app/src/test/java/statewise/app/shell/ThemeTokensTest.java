package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import statewise.themes.Theme;

/** The designer's stylesheets use only colour tokens, and every theme defines every token they use. */
class ThemeTokensTest {

    private static final Pattern TOKEN_USE = Pattern.compile("(?<![\\w-])(-sw-[a-z-]++)(?!\\s*:)");
    private static final Pattern TOKEN_DEFINITION = Pattern.compile("(-sw-[a-z-]+)\\s*:");
    private static final Pattern COLOUR_LITERAL = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|rgba?\\(|hsba?\\(");

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyTokenTheDesignerUsesIsDefinedByEachTheme(Theme theme) throws Exception {
        Map<String, String> sheets = designerStylesheets();
        Set<String> used = new TreeSet<>();
        Set<String> defined = matches(TOKEN_DEFINITION, theme.css());
        for (String css : sheets.values()) {
            used.addAll(matches(TOKEN_USE, css));
            defined.addAll(matches(TOKEN_DEFINITION, css));
        }

        used.removeAll(defined);

        assertEquals(Set.of(), used, theme.id());
    }

    @Test
    void theDesignersStylesheetsHaveNoColourLiterals() throws Exception {
        Map<String, String> sheets = designerStylesheets();
        assertTrue(sheets.keySet().containsAll(List.of("shell/statewise.css", "canvas/canvas.css",
                "inspector/inspector.css")), sheets.keySet().toString());

        sheets.forEach((name, css) -> assertEquals(Set.of(), matches(COLOUR_LITERAL, css), name));
    }

    /** Every stylesheet under {@code statewise/app}, by its path there, comments removed. */
    private static Map<String, String> designerStylesheets() throws IOException, URISyntaxException {
        Path root = Path.of(Objects.requireNonNull(MainWindow.class.getResource("statewise.css")).toURI())
                .getParent().getParent();
        Map<String, String> sheets = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".css")).toList()) {
                String css = Files.readString(file, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
                sheets.put(root.relativize(file).toString().replace('\\', '/'), css);
            }
        }
        return sheets;
    }

    private static Set<String> matches(Pattern pattern, String css) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(css);
        while (matcher.find()) {
            found.add(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group());
        }
        return found;
    }
}
