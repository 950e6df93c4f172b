package statewise.app.inspector;

import javafx.beans.InvalidationListener;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;

/**
 * Sizes a JSON text area to its content: as many rows as the text has lines, from {@link #MIN_ROWS} up to
 * {@link #MAX_ROWS}, growing and shrinking as the user types; a longer text scrolls. A text area's row count alone
 * does not do it: its horizontal scroll bar, shown for long JSON lines, takes the height of a row or two.
 */
final class GrowingArea {

    /** The fewest rows a JSON area shows, so an empty one still looks like a place to type. */
    static final int MIN_ROWS = 2;
    /** The most rows a JSON area shows before it scrolls, so one long field does not push the form away. */
    static final int MAX_ROWS = 16;

    /** Room for the area's padding and border, in multiples of the font size. */
    private static final double PADDING_EMS = 1.0;
    /** Room for the horizontal scroll bar, in pixels (Modena draws it about 14 px high). */
    private static final double SCROLL_BAR = 16;

    private GrowingArea() {
    }

    /** Keeps {@code area}'s preferred height fitting its text, in its font, from now on. */
    static void attach(TextArea area) {
        InvalidationListener resize = observable -> area.setPrefHeight(height(area));
        area.textProperty().addListener(resize);
        area.fontProperty().addListener(resize);
        resize.invalidated(area.textProperty());
    }

    /** The rows a text of {@code text}'s lines gets: its line count within {@link #MIN_ROWS}..{@link #MAX_ROWS}. */
    static int rows(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return Math.max(MIN_ROWS, Math.min(MAX_ROWS, lines));
    }

    private static double height(TextArea area) {
        Text probe = new Text("{Xy}");
        probe.setFont(area.getFont());
        double line = probe.getLayoutBounds().getHeight();
        return rows(area.getText()) * line + area.getFont().getSize() * PADDING_EMS + SCROLL_BAR;
    }
}
