package statewise.app.debug;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import statewise.app.debug.model.InputCheck;
import statewise.app.debug.model.RerunPoint;

/**
 * Asks how to re-run from a state: its input and the variables set before it, as the chosen execution had them,
 * editable (checked as they are typed), then Run or Debug. Non-modal, as the callback dialog is, so the canvas and
 * the history stay readable meanwhile.
 */
final class RerunDialog {

    static final String STYLE_CLASS = "rerun-dialog";
    static final String INPUT_ID = "rerun-input";
    static final String VARIABLES_ID = "rerun-variables";
    static final String PROBLEM_ID = "rerun-problem";
    static final String RUN_ID = "rerun-run";
    static final String DEBUG_ID = "rerun-debug";

    private static final ButtonType RUN = new ButtonType("Run", ButtonBar.ButtonData.OK_DONE);
    private static final ButtonType DEBUG = new ButtonType("Debug", ButtonBar.ButtonData.OTHER);

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final RerunPoint point;
    private final TextArea input = new TextArea();
    private final TextArea variables = new TextArea();
    private final Label problem = new Label();

    RerunDialog(RerunPoint point, RerunFromState rerun, @Nullable Window owner) {
        this.point = point;
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle("Re-run from " + point.stateName());
        dialog.setHeaderText("Start a new execution at " + point.stateName() + " with the input it received");
        dialog.getDialogPane().getStyleClass().add(STYLE_CLASS);
        dialog.getDialogPane().getButtonTypes().addAll(RUN, DEBUG, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content());
        button(RUN, RUN_ID, rerun, false);
        button(DEBUG, DEBUG_ID, rerun, true);
    }

    void show() {
        dialog.show();
        input.requestFocus();
    }

    private void button(ButtonType type, String id, RerunFromState rerun, boolean debug) {
        Button button = (Button) dialog.getDialogPane().lookupButton(type);
        button.setId(id);
        button.addEventFilter(ActionEvent.ACTION, event -> {
            RerunPoint edited = edited();
            if (edited == null) {
                event.consume();
            } else {
                rerun.start(edited, debug);
            }
        });
    }

    private VBox content() {
        input.setId(INPUT_ID);
        input.getStyleClass().add("debug-json");
        input.setPrefRowCount(8);
        input.setText(point.input().toPrettyString());
        variables.setId(VARIABLES_ID);
        variables.getStyleClass().add("debug-json");
        variables.setPrefRowCount(3);
        variables.setText(json(point.variables()).toPrettyString());
        input.textProperty().addListener((property, old, text) -> edited());
        variables.textProperty().addListener((property, old, text) -> edited());
        problem.setId(PROBLEM_ID);
        problem.getStyleClass().add("debug-problem");
        problem.setWrapText(true);
        VBox box = new VBox(6, new Label("Input of " + point.stateName()), input,
                new Label("Variables set before it (a JSON object)"), variables, problem);
        box.setPadding(new Insets(6));
        box.setPrefWidth(520);
        return box;
    }

    /** The point with the edits, or null (and the problem shown) when the input or the variables are not JSON. */
    private @Nullable RerunPoint edited() {
        InputCheck in = InputCheck.of(input.getText());
        InputCheck vars = InputCheck.of(variables.getText());
        JsonNode value = in.value();
        JsonNode names = vars.value();
        if (value == null) {
            problem.setText(String.valueOf(in.problem()));
            return null;
        }
        if (names == null || !names.isObject()) {
            problem.setText(names == null ? String.valueOf(vars.problem()).replaceFirst("^The input", "The variables")
                    : "The variables must be a JSON object of names and values.");
            return null;
        }
        problem.setText("");
        Map<String, JsonNode> assigned = new LinkedHashMap<>();
        names.fields().forEachRemaining(e -> assigned.put(e.getKey(), e.getValue()));
        return new RerunPoint(point.stateName(), value, assigned);
    }

    private static JsonNode json(Map<String, JsonNode> values) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        values.forEach(object::set);
        return object;
    }
}
