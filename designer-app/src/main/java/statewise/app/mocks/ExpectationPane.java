package statewise.app.mocks;

import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The chosen test case's expectations: input, final status, output or error and cause, states to visit or skip. */
final class ExpectationPane {

    static final String STATUS_ID = "expect-status";
    static final String OUTPUT_MODE_ID = "expect-output-mode";
    static final String OUTPUT_ID = "expect-output";
    static final String INPUT_ID = "expect-input";
    static final String ERROR_ID = "expect-error";
    static final String CAUSE_ID = "expect-cause";
    static final String VISITS_ID = "expect-visits";
    static final String SKIPS_ID = "expect-skips";
    static final String PROBLEM_ID = "expect-problem";

    /** Unbound: a tab sets its content's disable state itself. */
    private final VBox root;

    ExpectationPane(ExpectationViewModel model) {
        ComboBox<String> status = new ComboBox<>(FXCollections.observableArrayList(ExpectationViewModel.STATUSES));
        status.setId(STATUS_ID);
        status.setButtonCell(new StatusCell());
        status.setCellFactory(list -> new StatusCell());
        status.valueProperty().bindBidirectional(model.statusProperty());
        ComboBox<ExpectationViewModel.OutputCheck> mode = new ComboBox<>(FXCollections.observableArrayList(
                ExpectationViewModel.OutputCheck.values()));
        mode.setId(OUTPUT_MODE_ID);
        mode.valueProperty().bindBidirectional(model.outputProperty());
        TextArea output = area(OUTPUT_ID, model.outputTextProperty(), 4);
        output.disableProperty().bind(model.outputProperty().isEqualTo(ExpectationViewModel.OutputCheck.NOT_CHECKED));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, new Label("Input"), area(INPUT_ID, model.inputProperty(), 4));
        grid.addRow(1, new Label("Status"), status);
        grid.addRow(2, new Label("Output"), mode);
        grid.add(output, 1, 3);
        grid.addRow(4, new Label("Error"), field(ERROR_ID, "Error name the run fails with", model.errorProperty()));
        grid.addRow(5, new Label("Cause"), field(CAUSE_ID, "Cause, exactly", model.causeProperty()));
        grid.addRow(6, new Label("Visits"), field(VISITS_ID, "States it must enter, comma-separated",
                model.visitsProperty()));
        grid.addRow(7, new Label("Skips"), field(SKIPS_ID, "States it must not enter, comma-separated",
                model.skipsProperty()));
        VBox form = new VBox(8, grid, MockEditorView.problem(PROBLEM_ID, model.problemProperty()));
        form.disableProperty().bind(model.editableProperty().not());
        root = new VBox(form);
        root.setPadding(new Insets(8));
    }

    Region node() {
        return root;
    }

    private static TextArea area(String id, StringProperty text, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.getStyleClass().add("mock-json");
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(text);
        return area;
    }

    private static TextField field(String id, String prompt, StringProperty text) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    /** The empty status reads "Not checked". */
    private static final class StatusCell extends ListCell<String> {

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.isEmpty() ? "Not checked" : item);
        }
    }
}
