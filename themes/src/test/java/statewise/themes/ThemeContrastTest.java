package statewise.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every theme reaches WCAG AA for what the designer and the renderer draw: each text colour on each background it
 * is drawn on (4.5:1), each state-type, status, edge and icon colour against the surfaces it sits on (3:1). A
 * translucent background (a container's tint) is taken as painted over the theme's surface. The canvas grid is a
 * decoration: faint, yet at least {@link Contrast#DECORATION} against the canvas as drawn at 100 % zoom (the
 * designer fades it further only when zoomed out, where its lines crowd).
 */
class ThemeContrastTest {

    /** Foreground, the backgrounds it is drawn on, and its role: text (4.5:1) or graphic (3:1). */
    private static final String PAIRS = """
            text             surface surface-muted surface-sunken control hover selection accent-muted   text
            text             node-fill edge-label gutter line-highlight state-highlight bracket-match      text
            text             status-running-surface status-succeeded-surface status-failed-surface         text
            text             status-caught-surface status-cancelled-surface status-paused-surface           text
            text             kind-task-tint kind-pass-tint kind-choice-tint kind-wait-tint kind-succeed-tint text
            text             kind-fail-tint kind-parallel-tint kind-map-tint kind-distributed-map-tint       text
            text             kind-unknown-tint                                                             text
            text-muted       surface surface-muted control hover selection node-fill edge-label            text
            code-key         surface line-highlight state-highlight bracket-match                          text
            code-string      surface line-highlight state-highlight bracket-match                          text
            code-number      surface line-highlight state-highlight bracket-match                          text
            code-literal     surface line-highlight state-highlight bracket-match                          text
            code-punctuation surface line-highlight state-highlight bracket-match                          text
            code-comment     surface line-highlight state-highlight                                        text
            line-number      gutter                                                                        text
            stale            stale-surface                                                                 text
            error            surface                                                                       text
            edge-catch       edge-label                                                                    text
            surface          text kind-marker                                                              text
            kind-task        surface node-fill                                                             graphic
            kind-pass        surface node-fill                                                             graphic
            kind-choice      surface node-fill                                                             graphic
            kind-wait        surface node-fill                                                             graphic
            kind-succeed     surface node-fill                                                             graphic
            kind-fail        surface node-fill                                                             graphic
            kind-parallel    surface node-fill                                                             graphic
            kind-map         surface node-fill                                                             graphic
            kind-distributed-map surface node-fill                                                         graphic
            kind-unknown     surface node-fill                                                             graphic
            kind-marker      surface node-fill                                                             graphic
            kind-branch      surface                                                                       graphic
            status-running   surface node-fill status-running-surface                                      graphic
            status-succeeded surface node-fill status-succeeded-surface                                    graphic
            status-failed    surface node-fill status-failed-surface                                       graphic
            status-caught    surface node-fill status-caught-surface                                       graphic
            status-cancelled surface node-fill status-cancelled-surface                                    graphic
            status-paused    surface node-fill status-paused-surface                                       graphic
            breakpoint       surface node-fill                                                             graphic
            edge             surface                                                                       graphic
            edge-catch       surface                                                                       graphic
            accent           surface node-fill                                                             graphic
            ok               surface surface-muted                                                         graphic
            warning          surface surface-muted                                                         graphic
            error            surface surface-muted                                                         graphic
            info             surface surface-muted                                                         graphic
            grid             surface                                                                       decoration
            """;

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyPairReachesAa(Theme theme) {
        ThemeTokens tokens = theme.tokens();
        TokenColour surface = tokens.colour("surface");

        List<String> failures = new ArrayList<>();
        for (Pair pair : pairs()) {
            TokenColour background = tokens.colour(pair.background());
            double ratio = Contrast.ratio(tokens.colour(pair.foreground()),
                    background.opaque() ? background : background.over(surface));
            if (ratio < pair.minimum()) {
                failures.add(String.format(Locale.ROOT, "%s on %s: %.2f:1, needs %.1f:1", pair.foreground(),
                        pair.background(), ratio, pair.minimum()));
            }
        }
        assertEquals(List.of(), failures, theme.id());
    }

    @Test
    void everyTextAndStatusTokenIsChecked() {
        List<String> checked = pairs().stream().map(Pair::foreground).distinct().toList();

        for (String name : Theme.LIGHT.tokens().names()) {
            boolean foreground = name.startsWith("text") || name.startsWith("code-") || name.startsWith("status-")
                    && !name.endsWith("-surface") || name.startsWith("kind-") && !name.endsWith("-tint")
                    || name.equals("grid");
            assertTrue(!foreground || checked.contains(name), name + " has no contrast check");
        }
    }

    private record Pair(String foreground, String background, double minimum) {
    }

    private static List<Pair> pairs() {
        List<Pair> pairs = new ArrayList<>();
        for (String line : PAIRS.strip().split("\n")) {
            String[] words = line.strip().split("\\s+");
            double minimum = switch (words[words.length - 1]) {
                case "text" -> Contrast.AA_TEXT;
                case "graphic" -> Contrast.AA_GRAPHIC;
                case "decoration" -> Contrast.DECORATION;
                default -> throw new IllegalArgumentException("role must be text, graphic or decoration: " + line);
            };
            for (int i = 1; i < words.length - 1; i++) {
                pairs.add(new Pair(words[0], words[i], minimum));
            }
        }
        return pairs;
    }
}
