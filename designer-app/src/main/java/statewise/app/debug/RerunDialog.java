package statewise.app.debug;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
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

    private final JsonFormDialog form;
    private final RerunPoint point;
    private final TextArea input;
    private final TextArea variables;

    RerunDialog(RerunPoint point, RerunFromState rerun, @Nullable Window owner) {
        this.point = point;
        form = new JsonFormDialog(owner, "Re-run from " + point.stateName(),
                "Start a new execution at " + point.stateName() + " with the input it received", STYLE_CLASS,
                PROBLEM_ID, RUN, DEBUG, ButtonType.CANCEL);
        input = JsonFormDialog.jsonArea(INPUT_ID, point.input().toPrettyString(), 8, this::edited);
        variables = JsonFormDialog.jsonArea(VARIABLES_ID, json(point.variables()).toPrettyString(), 3, this::edited);
        form.setContent(new Label("Input of " + point.stateName()), input,
                new Label("Variables set before it (a JSON object)"), variables);
        form.onPress(RUN, RUN_ID, () -> start(rerun, false));
        form.onPress(DEBUG, DEBUG_ID, () -> start(rerun, true));
    }

    void show() {
        form.show(input);
    }

    private boolean start(RerunFromState rerun, boolean debug) {
        RerunPoint edited = edited();
        if (edited != null) {
            rerun.start(edited, debug);
        }
        return edited != null;
    }

    /** The point with the edits, or null (and the problem shown) when the input or the variables are not JSON. */
    private @Nullable RerunPoint edited() {
        InputCheck in = InputCheck.of(input.getText());
        InputCheck vars = InputCheck.of(variables.getText());
        JsonNode value = in.value();
        JsonNode names = vars.value();
        if (value == null) {
            form.setProblem(String.valueOf(in.problem()));
            return null;
        }
        if (names == null || !names.isObject()) {
            form.setProblem(names == null ? JsonFormDialog.problemOf(vars, "The variables")
                    : "The variables must be a JSON object of names and values.");
            return null;
        }
        form.setProblem("");
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
