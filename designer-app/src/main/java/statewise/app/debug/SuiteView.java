package statewise.app.debug;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import statewise.engine.suite.CaseOutcome;

/** The test cases of the workflow: "Run all test cases", each case passed or failed with why, and the coverage. */
final class SuiteView {

    static final String RUN_ID = "debug-run-tests";
    static final String OUTCOMES_ID = "debug-test-outcomes";

    private final VBox root = new VBox(6);

    SuiteView(SuiteViewModel model, RunOptionsViewModel options) {
        root.setPadding(new Insets(6));
        Button run = new Button("Run all test cases");
        run.setId(RUN_ID);
        run.disableProperty().bind(model.busyProperty());
        run.setOnAction(event -> model.runAll(options.mocks()));
        ListView<CaseOutcome> outcomes = new ListView<>(model.outcomes());
        outcomes.setId(OUTCOMES_ID);
        outcomes.setPlaceholder(new Label("Cases of name.asl.tests.json appear here"));
        outcomes.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CaseOutcome item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : (item.passed() ? "✔ " : "✘ ") + item.testCase().name()
                        + " · " + item.result().status() + " · " + item.millis() + " ms"
                        + (item.passed() ? "" : "\n    " + String.join("\n    ", item.failures())));
            }
        });
        VBox.setVgrow(outcomes, Priority.ALWAYS);
        ListView<String> coverage = new ListView<>(model.coverage());
        coverage.setPrefHeight(90);
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        root.getChildren().addAll(run, message, outcomes, new Label("Coverage"), coverage);
    }

    Region node() {
        return root;
    }
}
