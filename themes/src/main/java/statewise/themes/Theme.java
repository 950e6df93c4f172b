package statewise.themes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A look for the designer and the headless renderer. Each theme is a token file (every colour, named); its
 * stylesheet is those tokens as {@code -sw-*} looked-up colours on {@code .root} followed by the rules that style
 * the standard controls with them ({@code controls.css}, shared by all themes). Feature stylesheets in the designer
 * use only the tokens, so a theme is switched by replacing this one stylesheet.
 */
public enum Theme {
    LIGHT("light", "Light"),
    DARK("dark", "Dark"),
    HIGH_CONTRAST("high-contrast", "High contrast");

    private static final String CONTROLS = "controls.css";

    private final String id;
    private final String label;
    private volatile @Nullable ThemeTokens tokens;
    private volatile @Nullable String stylesheet;

    Theme(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The theme called {@code name} ({@code light}, {@code dark}, {@code high-contrast}; any case). */
    public static Theme named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Theme theme : values()) {
            if (theme.id.equals(wanted)) {
                return theme;
            }
        }
        throw new IllegalArgumentException("Unknown theme '" + name + "': expected one of " + ids());
    }

    /** The names {@link #named} takes, e.g. for a command's help: {@code light, dark, high-contrast}. */
    public static String ids() {
        return Arrays.stream(values()).map(Theme::id).collect(Collectors.joining(", "));
    }

    /** The name on the command line and in settings: {@code light}, {@code dark}, {@code high-contrast}. */
    public String id() {
        return id;
    }

    /** The name people see in menus. */
    public String label() {
        return label;
    }

    /** Every colour of the theme, by token name (without the {@code -sw-} prefix). */
    public ThemeTokens tokens() {
        ThemeTokens loaded = tokens;
        if (loaded == null) {
            loaded = ThemeTokens.load("tokens/" + id + ".properties");
            tokens = loaded;
        }
        return loaded;
    }

    /**
     * The theme's whole stylesheet as CSS text: the tokens on {@code .root}, the state kinds' rules made from them
     * ({@link ThemeTokens#kindRules()}), then the control rules.
     */
    public String css() {
        return "/* Statewise " + label + " theme, generated from tokens/" + id + ".properties */\n"
                + tokens().rootRule() + "\n" + tokens().kindRules() + "\n" + read(CONTROLS);
    }

    /**
     * The stylesheet's URL, as {@code Scene.getStylesheets()} takes it: a {@code data:} URL of {@link #css()}
     * (JavaFX reads those since version 17), so no file is written anywhere.
     */
    public String stylesheet() {
        String url = stylesheet;
        if (url == null) {
            url = "data:text/css;base64,"
                    + Base64.getEncoder().encodeToString(css().getBytes(StandardCharsets.UTF_8));
            stylesheet = url;
        }
        return url;
    }

    private static String read(String file) {
        URL resource = Objects.requireNonNull(Theme.class.getResource(file), () -> "Theme stylesheet missing: " + file);
        try (InputStream in = resource.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
