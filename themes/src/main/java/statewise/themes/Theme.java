package statewise.themes;

import java.net.URL;
import java.util.Objects;

/**
 * A look for the designer: one stylesheet that defines every colour token ({@code -sw-...}) on {@code .root} and
 * styles the standard controls with them. Feature stylesheets in the designer use only the tokens, so a theme is
 * switched by replacing this one stylesheet.
 */
public enum Theme {
    LIGHT("light.css");

    private final String file;

    Theme(String file) {
        this.file = file;
    }

    /** The stylesheet's URL, as {@code Scene.getStylesheets()} takes it. */
    public String stylesheet() {
        return resource().toExternalForm();
    }

    /** The stylesheet as a resource of this module. */
    public URL resource() {
        return Objects.requireNonNull(Theme.class.getResource(file), () -> "Theme stylesheet missing: " + file);
    }
}
