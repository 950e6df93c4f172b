package statewise.app.inspector;

import java.util.function.BiFunction;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;
import org.jspecify.annotations.Nullable;
import statewise.app.editor.complete.CompletionEngine.Completion;
import statewise.app.editor.complete.CompletionEngine.Result;

/**
 * The completion list of one inspector field: Ctrl+Space shows, under the caret, what the completion engine offers
 * there (paths, context, variables, intrinsic functions, error names); Up and Down choose, Enter, Tab or a double
 * click inserts in place of what was typed of it, Escape closes. While a popup shows, JavaFX hands the owner
 * window's key presses to the popup first, so the keys are handled on the list as well as on the field. Inserting
 * only changes the field's text: the edit reaches the document when the field commits, as typing does.
 */
final class FieldCompleter {

    /** Style class of the list, for tests and stylesheets. */
    static final String LIST_CLASS = "field-completion";
    private static final double ROW_HEIGHT = 24;
    private static final int VISIBLE_ROWS = 10;

    private final TextInputControl input;
    private final BiFunction<String, Integer, Result> compute;
    private final Popup popup = new Popup();
    private final ListView<Completion> list = new ListView<>();
    private @Nullable Result shown;

    private FieldCompleter(TextInputControl input, BiFunction<String, Integer, Result> compute) {
        this.input = input;
        this.compute = compute;
        list.getStyleClass().addAll(LIST_CLASS, "completion-list");
        list.setFixedCellSize(ROW_HEIGHT);
        list.setPrefWidth(320);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(@Nullable Completion item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label() + "   " + item.detail());
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                accept();
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setOnHidden(event -> shown = null);
        input.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /**
     * Completes {@code input} with {@code compute} (text and caret to suggestions) on Ctrl+Space; the field's tooltip
     * says so, naming {@code what} it completes.
     */
    static void attach(TextInputControl input, String what, BiFunction<String, Integer, Result> compute) {
        new FieldCompleter(input, compute);
        Tooltip tip = input.getTooltip();
        input.setTooltip(new Tooltip((tip == null ? "" : tip.getText() + "\n") + "Ctrl+Space completes " + what
                + "."));
    }

    private void show() {
        Result result = compute.apply(input.getText(), input.getCaretPosition());
        if (result.items().isEmpty()) {
            popup.hide();
            return;
        }
        shown = result;
        list.getItems().setAll(result.items());
        list.getSelectionModel().selectFirst();
        list.setPrefHeight(Math.min(result.items().size(), VISIBLE_ROWS) * ROW_HEIGHT + 4);
        if (input.getScene() != null) {
            list.getStylesheets().setAll(input.getScene().getStylesheets());
        }
        Point2D at = caretOnScreen();
        if (!popup.isShowing()) {
            popup.show(input, at.getX(), at.getY());
        }
    }

    private void key(KeyEvent event) {
        if (event.getCode() == KeyCode.SPACE && event.isShortcutDown()) {
            show();
            event.consume();
            return;
        }
        if (!popup.isShowing()) {
            return;
        }
        switch (event.getCode()) {
            case UP -> list.getSelectionModel().selectPrevious();
            case DOWN -> list.getSelectionModel().selectNext();
            case ENTER, TAB -> accept();
            case ESCAPE -> popup.hide();
            default -> {
                return;
            }
        }
        list.scrollTo(list.getSelectionModel().getSelectedIndex());
        event.consume();
    }

    private void accept() {
        Result result = shown;
        Completion item = list.getSelectionModel().getSelectedItem();
        popup.hide();
        if (result == null || item == null) {
            return;
        }
        int to = Math.min(result.to(), input.getLength());
        input.replaceText(result.from(), to, item.insert());
        input.positionCaret(result.from() + item.insert().length() - item.caretBack());
        input.requestFocus();
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
