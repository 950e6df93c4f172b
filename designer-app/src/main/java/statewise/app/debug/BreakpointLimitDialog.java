package statewise.app.debug;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import statewise.app.debug.model.BreakpointLimit;
import statewise.app.debug.model.BreakpointModel;
import statewise.app.session.StatePointers;

/**
 * Sets where the breakpoint of a state in a Map or Parallel body pauses: in every iteration (branch), or only in
 * one, by its 0-based index as {@code $$.Map.Item.Index} counts. Setting a limit sets the breakpoint if the state
 * had none.
 */
final class BreakpointLimitDialog {

    static final String STYLE_CLASS = "breakpoint-limit-dialog";
    static final String EVERY_ID = "breakpoint-every";
    static final String ONLY_ID = "breakpoint-only";
    static final String INDEX_ID = "breakpoint-index";

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final RadioButton every = new RadioButton();
    private final RadioButton only = new RadioButton();
    private final Spinner<Integer> index = new Spinner<>(0, 99_999, 0);

    BreakpointLimitDialog(BreakpointModel breakpoints, String pointer, BreakpointLimit.Scope scope,
            @Nullable Window owner) {
        boolean map = scope == BreakpointLimit.Scope.MAP_ITERATION;
        String unit = map ? "iteration" : "branch";
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle("Breakpoint on " + StatePointers.name(pointer));
        dialog.setHeaderText("Pause before " + StatePointers.name(pointer) + " in every " + unit + " of the "
                + (map ? "Map" : "Parallel") + " around it, or only in one (counted from 0)");
        dialog.getDialogPane().getStyleClass().add(STYLE_CLASS);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        every.setText("Every " + unit);
        only.setText("Only in " + unit);
        every.setId(EVERY_ID);
        only.setId(ONLY_ID);
        index.setId(INDEX_ID);
        index.setEditable(true);
        index.disableProperty().bind(every.selectedProperty());
        ToggleGroup group = new ToggleGroup();
        every.setToggleGroup(group);
        only.setToggleGroup(group);
        BreakpointLimit current = breakpoints.limit(pointer);
        Integer set = map ? current.mapIteration() : current.parallelBranch();
        only.setSelected(set != null);
        every.setSelected(set == null);
        index.getValueFactory().setValue(set == null ? 0 : set);
        VBox box = new VBox(6, every, new HBox(6, only, index));
        box.setPadding(new Insets(6));
        dialog.getDialogPane().setContent(box);
        dialog.setOnHidden(event -> {
            if (dialog.getResult() == ButtonType.OK) {
                int chosen = typedIndex();
                breakpoints.limit(pointer, every.isSelected() ? BreakpointLimit.EVERY
                        : map ? BreakpointLimit.iteration(chosen) : BreakpointLimit.branch(chosen));
            }
        });
    }

    void show() {
        dialog.show();
    }

    /** The index typed in the spinner's field (committed or not), else the spinner's value. */
    private int typedIndex() {
        try {
            return Math.max(0, Integer.parseInt(index.getEditor().getText().strip()));
        } catch (NumberFormatException e) {
            return index.getValue();
        }
    }
}
