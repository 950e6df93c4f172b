package statewise.app.editor;

import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import org.fxmisc.richtext.CodeArea;
import org.jspecify.annotations.Nullable;

/**
 * The tint behind the caret's line. RichTextFX's own line highlighter is not used: it lays out the caret's line
 * again through a caret-bounds listener on every text change (and keeps that listener when switched off), which
 * made a canvas edit's text late. This tint is one rectangle in a layer behind the code area (whose background is
 * transparent), moved after the scene's layout, and only when the caret's line, the text or the scroll position
 * may have moved it.
 */
final class CaretLineTint {

    /** The style class of the tint, coloured by the theme's line-highlight colour. */
    static final String STYLE_CLASS = "caret-line";

    private final CodeArea area;
    private final Pane layer = new Pane();
    private final Rectangle tint = new Rectangle();
    private final Runnable afterLayout = this::place;
    private int paragraph = -1;
    private boolean stale = true;

    CaretLineTint(CodeArea area) {
        this.area = area;
        tint.getStyleClass().add(STYLE_CLASS);
        tint.setManaged(false);
        tint.setVisible(false);
        layer.getChildren().add(tint);
        layer.setMouseTransparent(true);
        layer.getStyleClass().add("caret-line-layer");
        area.caretPositionProperty().addListener((property, old, caret) -> {
            if (area.getCurrentParagraph() != paragraph) {
                markStale();
            }
        });
        area.richChanges().subscribe(change -> markStale());
        area.viewportDirtyEvents().subscribe(event -> markStale());
        area.widthProperty().addListener((property, old, width) -> markStale());
        area.sceneProperty().addListener((property, old, scene) -> moveListener(old, scene));
        moveListener(null, area.getScene());
    }

    /** The layer to put behind the code area. */
    Pane layer() {
        return layer;
    }

    private void moveListener(@Nullable Scene old, @Nullable Scene scene) {
        if (old != null) {
            old.removePostLayoutPulseListener(afterLayout);
        }
        if (scene != null) {
            scene.addPostLayoutPulseListener(afterLayout);
            markStale();
        }
    }

    private void markStale() {
        if (!stale) {
            stale = true;
            Platform.requestNextPulse();
        }
    }

    /** Puts the tint on the caret's line, once the code area has laid its lines out; hides it when off screen. */
    private void place() {
        if (!stale) {
            return;
        }
        stale = false;
        paragraph = area.getCurrentParagraph();
        Optional<Bounds> onScreen = paragraph < area.getParagraphs().size()
                ? area.getParagraphBoundsOnScreen(paragraph) : Optional.empty();
        if (onScreen.isEmpty()) {
            tint.setVisible(false);
            return;
        }
        Bounds bounds = layer.screenToLocal(onScreen.get());
        if (bounds == null) {
            tint.setVisible(false);
            return;
        }
        tint.setX(0);
        tint.setY(Math.round(bounds.getMinY()));
        tint.setWidth(layer.getWidth());
        tint.setHeight(Math.round(bounds.getHeight()));
        tint.setVisible(true);
    }
}
