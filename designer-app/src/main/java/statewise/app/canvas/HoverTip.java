package statewise.app.canvas;

import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The summary shown when the mouse rests on a state: its Comment and key fields (see {@link StateSummary}). One
 * tooltip serves the whole canvas and is shown by hand after a short rest, so hundreds of nodes need no tooltip
 * each and it never shows for empty canvas.
 */
final class HoverTip {

    static final String STYLE_CLASS = "state-tooltip";

    private static final Duration REST = Duration.millis(500);
    private static final double OFFSET = 14;

    private final Node owner;
    private final Function<String, @Nullable String> text;
    private final Tooltip tooltip = new Tooltip();
    private final PauseTransition rest = new PauseTransition(REST);
    private @Nullable String hovered;
    private double screenX;
    private double screenY;

    HoverTip(Node owner, Function<String, @Nullable String> text) {
        this.owner = owner;
        this.text = text;
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.getStyleClass().add(STYLE_CLASS);
        rest.setOnFinished(event -> show());
    }

    /** The mouse is over {@code id} (null: over nothing) at the screen point. */
    void hover(@Nullable String id, double x, double y) {
        screenX = x;
        screenY = y;
        if (id == null ? hovered == null : id.equals(hovered)) {
            return;
        }
        hovered = id;
        tooltip.hide();
        if (id == null) {
            rest.stop();
        } else {
            rest.playFromStart();
        }
    }

    /** Hides the summary, e.g. while dragging. */
    void hide() {
        hovered = null;
        rest.stop();
        tooltip.hide();
    }

    private void show() {
        String id = hovered;
        String summary = id == null ? null : text.apply(id);
        if (summary != null && owner.getScene() != null) {
            tooltip.setText(summary);
            tooltip.show(owner, screenX + OFFSET, screenY + OFFSET);
        }
    }
}
