package statewise.themes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named colours of one theme, read from its token file ({@code tokens/<theme>.properties}): the one source the
 * JavaFX stylesheets ({@code -sw-<name>} on {@code .root}) and the headless renderer both draw from. A line is
 * {@code name = value}, where the value is a colour ({@code #rrggbb}, {@code #rrggbbaa}), another token's name, or
 * {@code alpha(name, 0.06)}: another token at that opacity. Blank lines and lines starting with {@code #} are
 * comments.
 */
public final class ThemeTokens {

    /** The prefix of every token in CSS. */
    public static final String CSS_PREFIX = "-sw-";

    private static final String KIND = "kind-";
    private static final String TINT = "-tint";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern ALPHA = Pattern.compile("alpha\\(\\s*([a-z][a-z0-9-]*)\\s*,\\s*([0-9.]+)\\s*\\)");

    private final String source;
    private final Map<String, TokenColour> colours;

    private ThemeTokens(String source, Map<String, TokenColour> colours) {
        this.source = source;
        this.colours = Collections.unmodifiableMap(colours);
    }

    /** Reads the tokens of {@code text}; {@code source} names it in error messages. */
    public static ThemeTokens parse(String source, String text) {
        Map<String, TokenColour> colours = new LinkedHashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            String name = equals < 0 ? "" : line.substring(0, equals).strip();
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected 'name = colour', got '"
                        + line + "'");
            }
            if (colours.containsKey(name)) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": '" + name + "' is defined twice");
            }
            colours.put(name, value(source + ":" + (i + 1), line.substring(equals + 1).strip(), colours));
        }
        return new ThemeTokens(source, colours);
    }

    /** Reads the token file at {@code resource}, a resource of this module. */
    static ThemeTokens load(String resource) {
        try (InputStream in = ThemeTokens.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Theme tokens missing: " + resource);
            }
            StringBuilder text = new StringBuilder();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().forEach(line -> text.append(line).append('\n'));
            }
            return parse(resource, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The token's colour; an unknown name is a bug in the caller, so it throws. */
    public TokenColour colour(String name) {
        TokenColour colour = colours.get(name);
        if (colour == null) {
            throw new IllegalArgumentException(source + " has no token '" + name + "'");
        }
        return colour;
    }

    /** The token names, in file order. */
    public Set<String> names() {
        return colours.keySet();
    }

    /** The tokens as a CSS rule on {@code .root}: {@code -sw-name: #rrggbb;} for each. */
    public String rootRule() {
        StringBuilder css = new StringBuilder(".root {\n");
        colours.forEach((name, colour) ->
                css.append("    ").append(CSS_PREFIX).append(name).append(": ").append(colour.hex()).append(";\n"));
        return css.append("}\n").toString();
    }

    /**
     * One rule per state kind, made from the {@code kind-<name>} tokens: {@code .kind-<name>} sets the looked-up
     * {@code -sw-kind} (border, glyph) and, when the theme has {@code kind-<name>-tint}, {@code -sw-kind-tint} (a
     * container's fill) that the canvas and palette rules draw with. Adding a kind is then a token in each theme.
     * The start and end markers share {@code kind-marker}, so their rule stays with the canvas's stylesheet.
     */
    public String kindRules() {
        StringBuilder css = new StringBuilder();
        for (String name : colours.keySet()) {
            if (!name.startsWith(KIND) || name.endsWith(TINT) || name.equals(KIND + "marker")) {
                continue;
            }
            css.append('.').append(name).append(" { ").append(CSS_PREFIX).append("kind: ").append(CSS_PREFIX)
                    .append(name).append(';');
            if (colours.containsKey(name + TINT)) {
                css.append(' ').append(CSS_PREFIX).append("kind-tint: ").append(CSS_PREFIX).append(name)
                        .append(TINT).append(';');
            }
            css.append(" }\n");
        }
        return css.toString();
    }

    private static TokenColour value(String where, String value, Map<String, TokenColour> defined) {
        if (value.startsWith("#")) {
            try {
                return TokenColour.parse(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        Matcher alpha = ALPHA.matcher(value);
        if (alpha.matches()) {
            double opacity = Double.parseDouble(alpha.group(2));
            if (!(opacity <= 1)) {
                throw new IllegalArgumentException(where + ": an opacity must be 0..1, not " + alpha.group(2));
            }
            return earlier(where, alpha.group(1), defined).withOpacity(opacity);
        }
        return earlier(where, value, defined);
    }

    private static TokenColour earlier(String where, String name, Map<String, TokenColour> defined) {
        TokenColour colour = defined.get(name);
        if (colour == null) {
            throw new IllegalArgumentException(where + ": '" + name + "' is not a colour or a token defined above");
        }
        return colour;
    }
}
