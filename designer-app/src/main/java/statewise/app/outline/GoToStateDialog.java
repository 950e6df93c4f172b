package statewise.app.outline;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Go to state…": type part of a state's name, pick it from the narrowed list (names that start with what was typed
 * first), and Enter selects it in every view.
 */
public final class GoToStateDialog {

    /** Node ids, for tests. */
    public static final String FILTER_ID = "go-to-state-filter";
    public static final String LIST_ID = "go-to-state-list";

    private GoToStateDialog() {
    }

    /** Asks for a state among {@code rows}; empty when cancelled. */
    public static Optional<StateRow> ask(Window owner, List<StateRow> rows) {
        TextField filter = new TextField();
        filter.setId(FILTER_ID);
        filter.setPromptText("State name");
        ListView<StateRow> list = new ListView<>(FXCollections.observableArrayList(rows));
        list.setId(LIST_ID);
        list.setCellFactory(view -> new StateOutlineView.StateCell());
        list.setPrefSize(420, 320);
        filter.textProperty().addListener((property, old, text) -> {
            list.getItems().setAll(StateRows.matching(rows, text));
            list.getSelectionModel().selectFirst();
        });
        list.getSelectionModel().selectFirst();
        Dialog<StateRow> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Go to State");
        dialog.setHeaderText(null);
        dialog.getDialogPane().setContent(new VBox(8, filter, list));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        filter.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN) {
                list.requestFocus();
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                dialog.setResult(list.getSelectionModel().getSelectedItem());
                dialog.close();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? list.getSelectionModel().getSelectedItem()
                : null);
        Platform.runLater(filter::requestFocus);
        return dialog.showAndWait();
    }
}
