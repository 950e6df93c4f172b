package statewise.app.inspector;

import java.util.function.BiFunction;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.jspecify.annotations.Nullable;
import statewise.app.editor.complete.CompletionEngine.Result;
import statewise.app.editor.CompletionList;
import statewise.app.fx.LazyTips;

/**
 * The completion list of one inspector field: Ctrl+Space shows, under the caret, what the completion engine offers
 * there (paths, context, variables, intrinsic functions, error names), in the editor's {@link CompletionList}.
 * Inserting only changes the field's text: the edit reaches the document when the field commits, as typing does.
 */
final class FieldCompleter {

    /** Style class of the list, for tests and stylesheets. */
    static final String LIST_CLASS = "field-completion";

    private final TextInputControl input;
    /** Made on the first Ctrl+Space: a popup with its list costs a form more than the field it completes. */
    private @Nullable CompletionList list;

    private FieldCompleter(TextInputControl input, BiFunction<String, Integer, Result> compute) {
        this.input = input;
        input.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.SPACE && event.isShortcutDown()) {
                Point2D at = caretOnScreen();
                list().show(input, compute.apply(input.getText(), input.getCaretPosition()), at.getX(), at.getY());
                event.consume();
            }
        });
    }

    /**
     * Completes {@code input} with {@code compute} (text and caret to suggestions) on Ctrl+Space; the field's tooltip
     * says so, naming {@code what} it completes. The tooltip and the list are made when first needed (see
     * {@link LazyTips}): a form shows many such fields and is built again for each state selected.
     */
    static void attach(TextInputControl input, String what, BiFunction<String, Integer, Result> compute) {
        new FieldCompleter(input, compute);
        String tip = LazyTips.text(input);
        LazyTips.install(input, (tip == null ? "" : tip + "\n") + "Ctrl+Space completes " + what + ".");
    }

    private CompletionList list() {
        CompletionList made = list;
        if (made == null) {
            made = new CompletionList(input, 320, (result, item) -> {
                int to = Math.min(result.to(), input.getLength());
                input.replaceText(result.from(), to, item.insert());
                input.positionCaret(result.from() + item.insert().length() - item.caretBack());
                input.requestFocus();
            });
            made.view().getStyleClass().add(LIST_CLASS);
            list = made;
        }
        return made;
    }

    /** Just below the caret; below the field when the skin does not say where the caret is. */
    private Point2D caretOnScreen() {
        if (input.getInputMethodRequests() != null) {
            Point2D caret = input.getInputMethodRequests().getTextLocation(0);
            if (caret != null && (caret.getX() != 0 || caret.getY() != 0)) {
                return caret;
            }
        }
        Bounds bounds = input.localToScreen(input.getBoundsInLocal());
        return new Point2D(bounds.getMinX(), bounds.getMaxY());
    }
}
