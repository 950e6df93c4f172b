package statewise.app.editor;

import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Popup;
import org.jspecify.annotations.Nullable;
import statewise.app.editor.complete.CompletionEngine.Completion;
import statewise.app.editor.complete.CompletionEngine.Result;

/**
 * The popup list of completions shared by the ASL editor and the inspector's fields: one row per completion (label,
 * and its kind muted on the right), Up and Down choose, Enter, Tab or a double click insert, Escape closes. While a
 * popup shows, JavaFX hands the owner window's key presses to the popup first, so the keys are handled on the list
 * as well as on the text control (whichever sees them first consumes them). Inserting is the owner's business:
 * {@code insert} is told the shown result and the chosen completion.
 */
public final class CompletionList {

    private static final double ROW_HEIGHT = 24;
    private static final int VISIBLE_ROWS = 10;

    private final Popup popup = new Popup();
    private final ListView<Completion> list = new ListView<>();
    private final BiConsumer<Result, Completion> insert;
    private @Nullable Result shown;

    /**
     * @param owner the text control the list completes; its key presses are handled too
     * @param width the list's preferred width
     * @param insert replaces what was typed of the completion by it
     */
    public CompletionList(Node owner, double width, BiConsumer<Result, Completion> insert) {
        this.insert = insert;
        list.getStyleClass().add("completion-list");
        list.setCellFactory(view -> new CompletionCell());
        list.setFixedCellSize(ROW_HEIGHT);
        list.setPrefWidth(width);
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                accept();
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setOnHidden(event -> shown = null);
        owner.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /** The list itself, to give it an id or a style class. */
    public ListView<Completion> view() {
        return list;
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    /** Shows {@code result} at {@code x, y} on the screen under {@code owner}; nothing to offer closes the list. */
    public void show(Node owner, Result result, double x, double y) {
        if (result.items().isEmpty()) {
            popup.hide();
            return;
        }
        shown = result;
        list.getItems().setAll(result.items());
        list.getSelectionModel().selectFirst();
        list.scrollTo(0);
        list.setPrefHeight(Math.min(result.items().size(), VISIBLE_ROWS) * ROW_HEIGHT + 4);
        if (owner.getScene() != null) {
            list.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        if (!popup.isShowing()) {
            popup.show(owner, x, y);
        }
    }

    public void hide() {
        popup.hide();
    }

    /** Inserts the chosen completion in place of what was typed of it. */
    public void accept() {
        Result result = shown;
        Completion chosen = list.getSelectionModel().getSelectedItem();
        popup.hide();
        if (result != null && chosen != null) {
            insert.accept(result, chosen);
        }
    }

    private void key(KeyEvent event) {
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
