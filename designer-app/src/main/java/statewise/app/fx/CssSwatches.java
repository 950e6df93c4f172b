package statewise.app.fx;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.jspecify.annotations.Nullable;

/**
 * Theme colours for code that paints on a {@link javafx.scene.canvas.Canvas}, where stylesheets do not reach. Each
 * colour is the background of an invisible, unmanaged region with a style class (e.g. {@code .minimap-node {
 * -fx-background-color: -sw-minimap-node; }}), so it comes from the theme's tokens like every other colour, and the
 * painter is told when a theme switch changes it.
 */
public final class CssSwatches {

    private final Map<String, Region> swatches = new LinkedHashMap<>();

    /**
     * Adds one swatch per style class to {@code host} (several classes separated by spaces, e.g. {@code "kind-task
     * low-kind"}, make one swatch styled by all of them); {@code changed} runs (on the FX thread) whenever the theme
     * gives one of them another colour.
     */
    public CssSwatches(Pane host, Runnable changed, String... styleClasses) {
        for (String styleClass : styleClasses) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll(styleClass.split(" "));
            swatch.setManaged(false);
            swatch.setVisible(false);
            swatch.setMouseTransparent(true);
            swatch.backgroundProperty().addListener((property, old, now) -> changed.run());
            swatches.put(styleClass, swatch);
            host.getChildren().add(swatch);
        }
    }

    /** The colour the stylesheet gives {@code styleClass}; transparent until CSS has been applied. */
    public Color colour(String styleClass) {
        Region swatch = swatches.get(styleClass);
        if (swatch == null) {
            throw new IllegalArgumentException("No swatch for ." + styleClass);
        }
        Background background = swatch.getBackground();
        @Nullable Paint fill = background == null || background.getFills().isEmpty() ? null
                : background.getFills().get(0).getFill();
        return fill instanceof Color colour ? colour : Color.TRANSPARENT;
    }
}
