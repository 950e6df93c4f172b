package statewise.app.inspector;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import statewise.app.fx.LazyTips;

/**
 * What the inspector shows while no single state is selected: how to pick one, and the state machine's own fields
 * (Comment, StartAt, QueryLanguage, TimeoutSeconds, Version) as a form, so the pane is of use before the first
 * click, e.g. to pick another first state. With several states selected it says so instead.
 */
final class WorkflowForm {

    /** The id of the workflow form's section. */
    static final String ID = "inspector-workflow";

    private WorkflowForm() {
    }

    /** The hint and, with {@code selected} at most 1 and a parsed machine, the workflow's fields. */
    static Node of(InspectorViewModel model, int selected, @Nullable InspectedMachine machine) {
        Label hint = new Label(selected > 1 ? selected + " states selected: select one of them to edit its fields."
                : "Select a state on the canvas, in the outline or in the editor to edit its fields here.");
        hint.setId(InspectorView.EMPTY_ID);
        LazyTips.install(hint, hint.getText());
        hint.setWrapText(true);
        hint.getStyleClass().add(FormControls.HELP_CLASS);
        VBox box = new VBox(8, hint);
        if (selected <= 1 && machine != null) {
            GridPane grid = FormControls.grid();
            for (FieldSpec spec : MachineEdits.FIELDS) {
                FormControls.row(grid, spec, "", machine.value(spec.field()), machine.states(),
                        machine.diagnosticsOf(spec.field()), text -> model.setWorkflowField(spec, text));
            }
            Node section = InspectorView.titled("Workflow", grid, true);
            section.setId(ID);
            box.getChildren().add(section);
        }
        return box;
    }
}
