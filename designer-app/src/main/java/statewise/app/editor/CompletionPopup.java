package statewise.app.editor;

import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;
import org.jspecify.annotations.Nullable;
import statewise.app.editor.complete.CompletionEngine;
import statewise.app.editor.complete.CompletionEngine.Completion;

/**
 * The list of completions under the caret (Ctrl+Space). It follows typing while open, Up and Down choose, Enter or
 * Tab insert, Escape closes. While a popup shows, JavaFX hands the owner window's key presses to the popup first,
 * so the keys are handled on the list as well as on the code area (whichever sees them first consumes them).
 * Inserting is ordinary typing for the session, so it is undone like typing.
 */
final class CompletionPopup {

    /** Node id of the list, for tests and stylesheets. */
    static final String LIST_ID = "completion-list";

    private static final double ROW_HEIGHT = 24;
    private static final int VISIBLE_ROWS = 10;

    private final CodeArea area;
    private final Supplier<CompletionEngine.Result> compute;
    private final Popup popup = new Popup();
    private final ListView<Completion> list = new ListView<>();
    private CompletionEngine.@Nullable Result shown;

    CompletionPopup(CodeArea area, Supplier<CompletionEngine.Result> compute) {
        this.area = area;
        this.compute = compute;
        list.setId(LIST_ID);
        list.getStyleClass().add("completion-list");
        list.setCellFactory(view -> new CompletionCell());
        list.setFixedCellSize(ROW_HEIGHT);
        list.setPrefWidth(340);
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                accept();
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setOnHidden(event -> shown = null);
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    /** Computes the completions at the caret and shows them; nothing to offer closes the list. */
    void show() {
        CompletionEngine.Result result = compute.get();
        if (result.items().isEmpty()) {
            popup.hide();
            return;
        }
        shown = result;
        list.getItems().setAll(result.items());
        list.getSelectionModel().selectFirst();
        list.scrollTo(0);
        list.setPrefHeight(Math.min(result.items().size(), VISIBLE_ROWS) * ROW_HEIGHT + 4);
        if (area.getScene() != null) {
            list.getStylesheets().setAll(area.getScene().getStylesheets());
        }
        Bounds caret = area.getCaretBounds().orElse(null);
        if (!popup.isShowing() && caret != null) {
            popup.show(area, caret.getMinX(), caret.getMaxY() + 2);
        }
    }

    /** The text changed while the list is open: offer what fits now. */
    void refresh() {
        if (popup.isShowing()) {
            show();
        }
    }

    void hide() {
        popup.hide();
    }

    /** Inserts the chosen completion in place of what was typed of it. */
    void accept() {
        CompletionEngine.Result result = shown;
        Completion chosen = list.getSelectionModel().getSelectedItem();
        popup.hide();
        if (result == null || chosen == null) {
            return;
        }
        int to = Math.min(result.to(), area.getLength());
        area.replaceText(result.from(), to, chosen.insert());
        area.moveTo(result.from() + chosen.insert().length() - chosen.caretBack());
        area.requestFollowCaret();
    }

    private void key(KeyEvent event) {
        if (!popup.isShowing()) {
            return;
        }
        KeyCode code = event.getCode();
        switch (code) {
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

    /** A completion: its label, and what kind of thing it is, muted, on the right. */
    private static final class CompletionCell extends ListCell<Completion> {

        private final Label label = new Label();
        private final Label detail = new Label();
        private final HBox line;

        CompletionCell() {
            detail.getStyleClass().add("completion-detail");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            line = new HBox(8, label, gap, detail);
        }

        @Override
        protected void updateItem(@Nullable Completion item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            label.setText(item.label());
            detail.setText(item.detail());
            setGraphic(line);
        }
    }
}
