package statewise.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ThemeTest {

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{3,8}\\b");

    @Test
    void lightThemeDefinesItsTokensOnRoot() throws IOException {
        String root = rootBlock(css(Theme.LIGHT));

        for (String token : List.of("-sw-accent", "-sw-surface", "-sw-text", "-sw-error", "-sw-code-key")) {
            assertTrue(root.contains(token + ":"), token);
        }
    }

    @Test
    void colourLiteralsAppearOnlyAmongTheRootTokens() throws IOException {
        String css = css(Theme.LIGHT);
        String root = rootBlock(css);
        String rules = css.replace(root, "");

        List<String> literals = new ArrayList<>();
        Matcher matcher = HEX.matcher(rules);
        while (matcher.find()) {
            literals.add(matcher.group());
        }
        assertEquals(List.of(), literals, "component rules must use -sw- tokens");
    }

    static String css(Theme theme) throws IOException {
        try (InputStream in = theme.resource().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String rootBlock(String css) {
        int start = css.indexOf(".root {");
        return css.substring(start, css.indexOf('}', start) + 1);
    }
}
