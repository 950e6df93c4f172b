package statewise.app.debug;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * The cost view's rates form: four prices, checked as typed, applied and kept, or reset to AWS's defaults. It opens
 * from the cost view's Rates… button in a dialog of its own that can be resized, because the bottom dock the cost
 * view sits in is often only a few lines high; non-modal, so the estimate it changes stays in view.
 */
final class CostRatesView {

    /** The id of the button that opens the rates. */
    static final String OPEN_ID = "cost-rates";
    static final String DIALOG_CLASS = "cost-rates-dialog";

    static final String STANDARD_ID = "cost-rate-standard";
    static final String REQUESTS_ID = "cost-rate-requests";
    static final String GB_HOUR_ID = "cost-rate-gb-hour";
    static final String MEMORY_ID = "cost-rate-memory";
    static final String APPLY_ID = "cost-rates-apply";
    static final String RESET_ID = "cost-rates-reset";
    static final String PROBLEM_ID = "cost-rates-problem";

    private final Button open = new Button("Rates…");
    private final VBox form;
    private @Nullable Dialog<ButtonType> dialog;

    CostRatesView(CostRatesViewModel model) {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setPercentWidth(60);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setPercentWidth(40);
        grid.getColumnConstraints().addAll(labels, fields);
        Label gbSecond = wrapped("");
        gbSecond.textProperty().bind(model.gbSecondProperty());
        grid.addRow(0, wrapped("Standard, $ per 1,000 transitions"), field(STANDARD_ID, model.standardProperty()));
        grid.addRow(1, wrapped("Express, $ per million requests"), field(REQUESTS_ID, model.requestsProperty()));
        grid.addRow(2, wrapped("Express, $ per GB-hour"), field(GB_HOUR_ID, model.gbHourProperty()));
        grid.add(gbSecond, 0, 3, 2, 1);
        TextField memory = field(MEMORY_ID, model.memoryProperty());
        memory.setPromptText("estimated");
        grid.addRow(4, wrapped("Express memory, MB (blank: estimated)"), memory);
        Label problem = new Label();
        problem.setId(PROBLEM_ID);
        problem.getStyleClass().add("debug-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(model.problemProperty().isNotEmpty());
        Button apply = new Button("Apply");
        apply.setId(APPLY_ID);
        apply.disableProperty().bind(model.canApplyProperty().not());
        apply.setOnAction(event -> model.apply());
        Button reset = new Button("Reset to defaults");
        reset.setId(RESET_ID);
        reset.setOnAction(event -> model.reset());
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        form = new VBox(6, wrapped("Defaults: AWS's public prices in US East (N. Virginia)."), grid,
                problem, new HBox(6, apply, reset), message);
        form.setPadding(new Insets(6));
        open.setId(OPEN_ID);
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(event -> show());
    }

    /** The button that shows the rates. */
    Button node() {
        return open;
    }

    /** Shows the rates dialog, or brings it to the front when it is open already. */
    private void show() {
        Dialog<ButtonType> shown = dialog;
        if (shown == null) {
            shown = new Dialog<>();
            Window owner = open.getScene() == null ? null : open.getScene().getWindow();
            shown.initOwner(owner);
            shown.initModality(Modality.NONE);
            shown.setResizable(true);
            shown.setTitle("Cost rates");
            shown.setHeaderText("The prices the cost estimates use");
            shown.getDialogPane().getStyleClass().add(DIALOG_CLASS);
            if (owner != null && owner.getScene() != null) {
                shown.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
            ScrollPane scroll = new ScrollPane(form);
            scroll.setFitToWidth(true);
            shown.getDialogPane().setContent(scroll);
            shown.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
            shown.getDialogPane().setPrefSize(460, 380);
            dialog = shown;
        }
        if (shown.isShowing()) {
            shown.getDialogPane().getScene().getWindow().requestFocus();
        } else {
            shown.show();
        }
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private static TextField field(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(6);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
