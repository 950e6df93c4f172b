package statewise.app.debug;

import java.util.function.BooleanSupplier;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import statewise.app.debug.model.InputCheck;

/**
 * The shape the debugger's JSON dialogs share (re-run from a state, answer a callback): non-modal, so the canvas
 * and the history stay readable meanwhile, and styled as the window they belong to; JSON areas checked as typed; a
 * line under the fields that says what is wrong; and buttons whose press closes the dialog only when their action
 * is taken.
 */
final class JsonFormDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Label problem = new Label();

    /**
     * @param problemId the id of the problem line, for tests
     * @param buttons   the dialog's buttons, in order
     */
    JsonFormDialog(@Nullable Window owner, String title, String header, String styleClass, String problemId,
            ButtonType... buttons) {
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().getStyleClass().add(styleClass);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.getDialogPane().getButtonTypes().addAll(buttons);
        problem.setId(problemId);
        problem.getStyleClass().add("debug-problem");
        problem.setWrapText(true);
    }

    /** A JSON text area holding {@code text}, {@code rows} lines high, that runs {@code check} on every change. */
    static TextArea jsonArea(String id, String text, int rows, Runnable check) {
        TextArea area = new TextArea(text);
        area.setId(id);
        area.getStyleClass().add("debug-json");
        area.setPrefRowCount(rows);
        area.textProperty().addListener((property, old, now) -> check.run());
        return area;
    }

    /** Why {@code check} failed, about {@code what} ("The output", "The variables") instead of the input. */
    static String problemOf(InputCheck check, String what) {
        return String.valueOf(check.problem()).replaceFirst("^The input", what);
    }

    /** Shows {@code fields} above the problem line. */
    void setContent(Node... fields) {
        VBox box = new VBox(6, fields);
        box.getChildren().add(problem);
        box.setPadding(new Insets(6));
        box.setPrefWidth(520);
        dialog.getDialogPane().setContent(box);
    }

    /**
     * Runs {@code action} when the button of {@code type} is pressed; the dialog closes only when it answers true.
     *
     * @param id the button's id, for tests, or null
     */
    void onPress(ButtonType type, @Nullable String id, BooleanSupplier action) {
        Button button = (Button) dialog.getDialogPane().lookupButton(type);
        if (id != null) {
            button.setId(id);
        }
        button.addEventFilter(ActionEvent.ACTION, event -> {
            if (!action.getAsBoolean()) {
                event.consume();
            }
        });
    }

    /** Says what is wrong, or clears the line with {@code ""}. */
    void setProblem(String text) {
        problem.setText(text);
    }

    /** Shows the dialog with the focus in {@code field}. */
    void show(Node field) {
        dialog.show();
        field.requestFocus();
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }
}
