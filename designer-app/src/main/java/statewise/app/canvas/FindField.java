package statewise.app.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import statewise.app.session.StatePointers;
import statewise.layout.PlacedNode;

/**
 * Finds a state by name on the canvas (Ctrl+F while the canvas has the keyboard): a small field at the top of the
 * canvas; Enter selects the best match and brings it into view, Enter again the next one, Escape closes the field
 * and gives the keyboard back to the canvas. Exact names come first, then names that start with the text, then
 * names that contain it.
 */
final class FindField {

    static final String ID = "canvas-find";

    private static final double TOP = 8;
    private static final double WIDTH = 240;

    private final CanvasView canvas;
    private final TextField field = new TextField();
    private List<String> found = List.of();
    private int at = -1;

    FindField(CanvasView canvas) {
        this.canvas = canvas;
        field.setId(ID);
        field.getStyleClass().add("canvas-find");
        field.setPromptText("Find a state by name");
        field.setManaged(false);
        field.setVisible(false);
        field.textProperty().addListener((property, old, text) -> {
            found = List.of();
            at = -1;
        });
        field.setOnAction(event -> next());
        field.focusedProperty().addListener((property, was, focused) -> {
            if (!focused) {
                field.setVisible(false);
            }
        });
        field.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                close();
                event.consume();
            }
        });
        canvas.floating().getChildren().add(field);
        // Made on first use, between two frames: styled now, so show() can size it before it is drawn.
        field.applyCss();
    }

    TextField node() {
        return field;
    }

    void show() {
        field.resizeRelocate(Math.max(TOP, (canvas.root().getWidth() - WIDTH) / 2), TOP, WIDTH,
                field.prefHeight(-1));
        field.setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    void close() {
        field.setVisible(false);
        canvas.root().requestFocus();
    }

    /** Selects and reveals the next match. */
    private void next() {
        if (at < 0) {
            found = matches(StatePointers.of(canvas.session().document().modelDocument()).keySet(), field.getText());
        }
        if (found.isEmpty()) {
            canvas.note("No state's name contains '" + field.getText().strip() + "'.");
            return;
        }
        at = (at + 1) % found.size();
        String pointer = found.get(at);
        canvas.selection().select(List.of(pointer), false);
        PlacedNode node = canvas.diagram().layout().node(pointer);
        if (node != null) {
            canvas.reveal(node);
        }
        canvas.note("'" + StatePointers.name(pointer) + "': " + (at + 1) + " of " + found.size() + ".");
    }

    /** The pointers whose state names match {@code query}: exact, then starting with it, then containing it. */
    static List<String> matches(Collection<String> pointers, String query) {
        String wanted = query.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String pointer : pointers) {
            if (StatePointers.name(pointer).toLowerCase(Locale.ROOT).contains(wanted)) {
                out.add(pointer);
            }
        }
        out.sort(Comparator.comparingInt(p -> rank(StatePointers.name(p).toLowerCase(Locale.ROOT), wanted)));
        return out;
    }

    private static int rank(String name, String wanted) {
        return name.equals(wanted) ? 0 : name.startsWith(wanted) ? 1 : 2;
    }
}
