package statewise.app.debug;

import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The cost view's rates form: four prices, checked as typed, applied and kept, or reset to AWS's defaults. */
final class CostRatesView {

    static final String STANDARD_ID = "cost-rate-standard";
    static final String REQUESTS_ID = "cost-rate-requests";
    static final String GB_HOUR_ID = "cost-rate-gb-hour";
    static final String MEMORY_ID = "cost-rate-memory";
    static final String APPLY_ID = "cost-rates-apply";
    static final String RESET_ID = "cost-rates-reset";
    static final String PROBLEM_ID = "cost-rates-problem";

    private final TitledPane root;

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
        VBox content = new VBox(6, wrapped("Defaults: AWS's public prices in US East (N. Virginia)."), grid,
                problem, new HBox(6, apply, reset), message);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        root = new TitledPane("Rates", scroll);
        root.setExpanded(false);
        root.setId("cost-rates");
    }

    TitledPane node() {
        return root;
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
