package statewise.app.fx;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import org.jspecify.annotations.Nullable;

/**
 * Tooltips made when the pointer first enters their control instead of when the control is built. Each
 * {@link Tooltip} is a popup window of its own with its own styling; the window's toolbar, palette and status bar
 * made two dozen of them at start-up, on the FX thread before the first frame, for controls nobody had pointed at
 * yet. One shared handler makes a control's tooltip as the pointer enters it: the same pointer move then reaches the
 * tooltip's own handlers, so it appears after the usual delay, as one set up front would. Only the FX thread uses it.
 */
public final class LazyTips {

    private static final String TEXT_KEY = LazyTips.class.getName();
    private static final EventHandler<MouseEvent> ON_ENTER = LazyTips::entered;

    private LazyTips() {
    }

    /** Gives {@code control} a tooltip showing {@code text}, made the first time the pointer enters the control. */
    public static void install(Control control, String text) {
        if (control.getProperties().put(TEXT_KEY, text) == null) {
            control.addEventHandler(MouseEvent.MOUSE_ENTERED, ON_ENTER);
        }
    }

    /** The text {@code control}'s tooltip shows or will show; null when it has none. */
    public static @Nullable String text(Control control) {
        Tooltip made = control.getTooltip();
        if (made != null) {
            return made.getText();
        }
        return control.getProperties().get(TEXT_KEY) instanceof String text ? text : null;
    }

    private static void entered(MouseEvent event) {
        if (event.getSource() instanceof Control control
                && control.getProperties().remove(TEXT_KEY) instanceof String text) {
            control.removeEventHandler(MouseEvent.MOUSE_ENTERED, ON_ENTER);
            control.setTooltip(new Tooltip(text));
        }
    }
}
