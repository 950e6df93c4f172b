package statewise.app.help;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import statewise.app.actions.ActionRegistry;
import statewise.app.actions.AppAction;

/**
 * Help → Keyboard Shortcuts: a searchable table of every registered action that has a key binding, built from the
 * {@link ActionRegistry} each time it opens, so it cannot drift from the keys the window really answers to.
 */
public final class ShortcutsDialog {

    /** Node ids, for tests. */
    public static final String SEARCH_ID = "shortcuts-search";
    public static final String TABLE_ID = "shortcuts-table";

    private ShortcutsDialog() {
    }

    /** The rows for {@code actions}: each action that has a key, by its accelerator or its label's key hint. */
    public static List<Shortcut> rows(List<AppAction> actions) {
        return actions.stream().flatMap(a -> Shortcut.of(a.plainLabel(),
                a.accelerator() == null ? null : a.accelerator().getDisplayText(), a.id()).stream()).toList();
    }

    /** Shows the table next to {@code owner}; it stays open while the user works. */
    public static void show(Window owner, ActionRegistry actions) {
        ShortcutsViewModel model = new ShortcutsViewModel(rows(actions.all()));
        TextField search = new TextField();
        search.setId(SEARCH_ID);
        search.setPromptText("Search actions and keys");
        search.textProperty().bindBidirectional(model.queryProperty());
        TableView<Shortcut> table = new TableView<>(model.rows());
        table.setId(TABLE_ID);
        table.setPlaceholder(new Label("No shortcut matches"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Action", Shortcut::action, 260));
        table.getColumns().add(column("Shortcut", Shortcut::keys, 140));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox content = new VBox(8, search, table);
        content.setPrefSize(460, 480);

        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle("Keyboard Shortcuts");
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().getStyleClass().add("shortcuts-dialog");
        if (owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.setOnShown(event -> search.requestFocus());
        dialog.show();
    }

    private static TableColumn<Shortcut, String> column(String title,
            Function<Shortcut, String> value, double width) {
        TableColumn<Shortcut, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
