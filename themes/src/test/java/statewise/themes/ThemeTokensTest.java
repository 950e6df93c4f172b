package statewise.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeTokensTest {

    @Test
    void referencesAndAlphaResolveToEarlierTokens() {
        ThemeTokens tokens = ThemeTokens.parse("test", """
                # a comment
                accent = #2563eb
                link = accent

                band = alpha(accent, 0.5)
                """);

        assertEquals(TokenColour.parse("#2563eb"), tokens.colour("link"));
        assertEquals(TokenColour.parse("#2563eb80"), tokens.colour("band"));
        assertEquals(List.of("accent", "link", "band"), List.copyOf(tokens.names()));
    }

    @Test
    void rootRuleDefinesEachTokenWithThePrefix() {
        ThemeTokens tokens = ThemeTokens.parse("test", "text = #1f2328\nband = #2563eb14\n");

        assertEquals(".root {\n    -sw-text: #1f2328;\n    -sw-band: #2563eb14;\n}\n", tokens.rootRule());
    }

    @Test
    void aReferenceToAnUndefinedTokenNamesTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ThemeTokens.parse("test", "text = #000000\nlink = accent\n"));

        assertTrue(e.getMessage().startsWith("test:2: 'accent'"), e.getMessage());
    }

    @Test
    void aTokenDefinedTwiceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ThemeTokens.parse("test", "text = #000000\ntext = #ffffff\n"));

        assertTrue(e.getMessage().contains("defined twice"), e.getMessage());
    }

    @Test
    void anUnknownTokenIsABug() {
        ThemeTokens tokens = ThemeTokens.parse("test", "text = #000000\n");

        assertThrows(IllegalArgumentException.class, () -> tokens.colour("surface"));
    }
}
