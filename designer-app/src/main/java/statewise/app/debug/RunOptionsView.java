package statewise.app.debug;

import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.ClockMode;

/**
 * The run panel's options: the execution input (checked as JSON while typed), recent and named saved inputs, the
 * mock file and test case, the clock mode, and whether callback tasks wait for the user's answer.
 */
final class RunOptionsView {

    static final String INPUT_ID = "debug-input";
    static final String INPUT_PROBLEM_ID = "debug-input-problem";
    static final String TEST_CASE_ID = "debug-test-case";
    static final String MOCK_FILE_ID = "debug-mock-file";
    static final String ANSWER_CALLBACKS_ID = "debug-answer-callbacks";

    private final VBox root = new VBox(6);
    private final RunOptionsViewModel model;

    RunOptionsView(RunOptionsViewModel model) {
        this.model = model;
        root.getStyleClass().add("debug-run-options");
        root.setPadding(new Insets(6));
        TextArea input = new TextArea();
        input.setId(INPUT_ID);
        input.getStyleClass().add("debug-json");
        input.setPromptText("Execution input (JSON)");
        input.textProperty().bindBidirectional(model.inputProperty());
        VBox.setVgrow(input, Priority.ALWAYS);
        Label problem = new Label();
        problem.setId(INPUT_PROBLEM_ID);
        problem.getStyleClass().add("debug-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.checkProperty().map(c -> c.problem() == null ? "" : c.problem()));
        problem.managedProperty().bind(model.checkProperty().map(c -> !c.valid()));
        Label message = new Label();
        message.getStyleClass().add("debug-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        CheckBox answer = new CheckBox("Callback tasks and activities wait for my answer");
        answer.setId(ANSWER_CALLBACKS_ID);
        answer.selectedProperty().bindBidirectional(model.answerCallbacksProperty());
        root.getChildren().addAll(inputBar(), input, problem, mocksBar(), testCaseBar(), clockBar(), answer, message);
    }

    Region node() {
        return root;
    }

    private HBox inputBar() {
        ComboBox<String> recent = new ComboBox<>(model.recentInputs());
        recent.setPromptText("Recent");
        recent.setPrefWidth(100);
        recent.setOnAction(event -> {
            String chosen = recent.getValue();
            if (chosen != null) {
                model.inputProperty().set(chosen);
                recent.getSelectionModel().clearSelection();
            }
        });
        ComboBox<String> saved = new ComboBox<>(model.savedInputNames());
        saved.setPromptText("Saved");
        saved.setPrefWidth(100);
        saved.setOnAction(event -> {
            if (saved.getValue() != null) {
                model.useSaved(saved.getValue());
            }
        });
        Button save = new Button("Save…");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setOnAction(event -> {
            TextInputDialog dialog = new TextInputDialog();
            dialog.initOwner(root.getScene().getWindow());
            dialog.setTitle("Save input");
            dialog.setHeaderText("Save this input next to the workflow, under a name");
            dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(model::saveInputAs);
        });
        save.disableProperty().bind(model.checkProperty().map(c -> !c.valid()));
        return row(recent, saved, save);
    }

    private HBox mocksBar() {
        Label file = new Label();
        file.setId(MOCK_FILE_ID);
        file.textProperty().bind(model.mockFileProperty().map(p -> "Mocks: " + p.getFileName())
                .orElse("Mocks: none (tasks echo their input)"));
        file.setMaxWidth(Double.MAX_VALUE);
        file.setMinWidth(0);
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = new Button("Choose…");
        choose.setOnAction(event -> chooseMocks());
        choose.setMinWidth(Region.USE_PREF_SIZE);
        Button none = new Button("None");
        none.setMinWidth(Region.USE_PREF_SIZE);
        none.setOnAction(event -> model.chooseMockFile(null));
        none.disableProperty().bind(model.mockFileProperty().isNull());
        return row(file, choose, none);
    }

    private HBox testCaseBar() {
        ComboBox<String> cases = new ComboBox<>(model.testCases());
        cases.setId(TEST_CASE_ID);
        cases.valueProperty().bindBidirectional(model.testCaseProperty());
        cases.disableProperty().bind(model.mockFileProperty().isNull());
        cases.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(cases, Priority.ALWAYS);
        return row(new Label("Test case"), cases);
    }

    private HBox clockBar() {
        ToggleGroup group = new ToggleGroup();
        RadioButton virtual = new RadioButton("Virtual clock");
        RadioButton real = new RadioButton("Real time");
        virtual.setToggleGroup(group);
        real.setToggleGroup(group);
        virtual.setSelected(model.clockProperty().get() == ClockMode.VIRTUAL);
        real.setSelected(model.clockProperty().get() == ClockMode.REAL);
        group.selectedToggleProperty().addListener((property, old, toggle) ->
                model.clockProperty().set(toggle == real ? ClockMode.REAL : ClockMode.VIRTUAL));
        return row(virtual, real);
    }

    private void chooseMocks() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a mock file (MockConfigFile)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        @Nullable File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            model.chooseMockFile(Path.of(file.getPath()));
        }
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
