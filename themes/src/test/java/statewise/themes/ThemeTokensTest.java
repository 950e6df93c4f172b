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
    void kindRulesSetEachKindAndItsTintButLeaveTheMarkersToTheCanvas() {
        ThemeTokens tokens = ThemeTokens.parse("test", """
                kind-task = #2563eb
                kind-new-kind = #0f766e
                kind-marker = #374151
                kind-branch = #8b939e
                kind-task-tint = alpha(kind-task, 0.06)
                kind-new-kind-tint = alpha(kind-new-kind, 0.06)
                """);

        assertEquals("""
                .kind-task { -sw-kind: -sw-kind-task; -sw-kind-tint: -sw-kind-task-tint; }
                .kind-new-kind { -sw-kind: -sw-kind-new-kind; -sw-kind-tint: -sw-kind-new-kind-tint; }
                .kind-branch { -sw-kind: -sw-kind-branch; }
                """, tokens.kindRules());
    }

    @Test
    void everyThemeStylesheetHasARuleForEveryStateKindToken() {
        for (Theme theme : Theme.values()) {
            for (String kind : List.of("task", "pass", "choice", "wait", "succeed", "fail", "parallel", "map",
                    "distributed-map", "unknown")) {
                String rule = ".kind-" + kind + " { -sw-kind: -sw-kind-" + kind + "; -sw-kind-tint: -sw-kind-" + kind
                        + "-tint; }";
                assertTrue(theme.css().contains(rule), theme.id() + " lacks " + rule);
            }
        }
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
