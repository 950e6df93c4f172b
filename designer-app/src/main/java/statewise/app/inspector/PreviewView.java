package statewise.app.inspector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import statewise.app.fx.FxThread;
import statewise.engine.model.StateMachine;

/**
 * The data-flow preview under the form: a sample input (the last one typed for the state, else the debugger's last
 * input for this workflow, else the last one shown),
 * for Task, Map and Parallel states a result or an error to mock, and each stage the engine's TestState computed,
 * with the error at the stage where the state stopped, the variables assigned and the next state. It runs on the
 * engine executor a moment after the state or the input changes; an answer for an older request is dropped.
 */
final class PreviewView {

    static final String ID = "inspector-preview";
    static final String INPUT_ID = "preview-input";
    static final String RESULT_ID = "preview-result";
    static final String FAIL_ID = "preview-fail";
    static final String STAGES_ID = "preview-stages";
    private static final long DELAY_MILLIS = 150;
    private static final Set<String> MOCKABLE = Set.of("Task", "Map", "Parallel");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ScheduledExecutorService engine;
    private final TextArea input = new TextArea("{}");
    private final TextArea result = new TextArea();
    private final TextField fail = new TextField();
    private final VBox stages = new VBox(4);
    private final VBox mockBox;
    private final TitledPane root;
    private final Map<String, String> inputs = new HashMap<>();
    private final ObservableList<String> debugInputs;
    private boolean defaulting;
    private @Nullable InspectedState state;
    private @Nullable StateMachine machine;
    private @Nullable ScheduledFuture<?> pending;
    private long sequence;

    /** {@code debugInputs}: the debugger's recent inputs of the open workflow, most recent first. */
    PreviewView(ScheduledExecutorService engine, ObservableList<String> debugInputs) {
        this.engine = engine;
        this.debugInputs = debugInputs;
        input.setId(INPUT_ID);
        input.setPrefRowCount(3);
        input.getStyleClass().add("inspector-json");
        result.setId(RESULT_ID);
        result.setPrefRowCount(2);
        result.setPromptText("Task result as JSON (empty: the request echoed back)");
        result.getStyleClass().add("inspector-json");
        fail.setId(FAIL_ID);
        fail.setPromptText("or fail with error, e.g. States.Timeout");
        stages.setId(STAGES_ID);
        mockBox = new VBox(4, new Label("Result"), result, fail);
        VBox body = new VBox(6, new Label("Sample input"), input, mockBox, stages);
        root = InspectorView.titled("Data-flow preview", body, true);
        root.setId(ID);
        input.textProperty().addListener((property, old, text) -> {
            if (state != null && !defaulting) {
                inputs.put(state.pointer(), text);
            }
            schedule();
        });
        debugInputs.addListener((ListChangeListener<String>) change -> {
            if (state != null) {
                showInputOf(state);
            }
        });
        result.textProperty().addListener((property, old, text) -> schedule());
        fail.textProperty().addListener((property, old, text) -> schedule());
    }

    Node node() {
        return root;
    }

    /** The sample input as JSON, or null while it is not JSON. */
    @Nullable JsonNode sampleInput() {
        try {
            return JSON.readTree(input.getText().isBlank() ? "{}" : input.getText());
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Shows the preview of {@code shown} (null: nothing) in {@code definition}. */
    void show(@Nullable InspectedState shown, @Nullable StateMachine definition) {
        boolean other = shown == null || state == null || !shown.pointer().equals(state.pointer());
        state = shown;
        machine = definition;
        if (shown == null) {
            return;
        }
        if (other) {
            showInputOf(shown);
            result.clear();
            fail.clear();
        }
        mockBox.setVisible(MOCKABLE.contains(shown.type()));
        mockBox.setManaged(mockBox.isVisible());
        schedule();
    }

    /** The input typed for {@code shown}, else the debugger's last one; none of those: the input stays. */
    private void showInputOf(InspectedState shown) {
        String remembered = inputs.get(shown.pointer());
        String text = remembered != null ? remembered : debugInputs.isEmpty() ? null : debugInputs.get(0);
        if (text != null && !text.equals(input.getText())) {
            defaulting = remembered == null;
            try {
                input.setText(text);
            } finally {
                defaulting = false;
            }
        }
    }

    private void schedule() {
        InspectedState shown = state;
        StateMachine definition = machine;
        if (shown == null || definition == null) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        long ticket = ++sequence;
        String inputText = input.getText();
        String resultText = result.getText();
        String failText = fail.getText();
        pending = engine.schedule(() -> {
            PreviewResult answer = DataFlowPreview.run(definition, shown, inputText, resultText, failText);
            FxThread.run(() -> {
                if (ticket == sequence) {
                    render(answer);
                }
            });
        }, DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void render(PreviewResult answer) {
        stages.getChildren().clear();
        if (answer.problem() != null) {
            stages.getChildren().add(FormControls.problem(answer.problem()));
            return;
        }
        GridPane grid = FormControls.grid();
        for (PreviewStage stage : answer.stages()) {
            Label label = new Label(stage.label());
            label.getStyleClass().add("preview-stage");
            Node value = stage.error() != null ? FormControls.problem(stage.error())
                    : stage.value() == null ? muted("—") : json(stage.value());
            value.setId("preview-" + stage.key());
            grid.addRow(grid.getRowCount(), label, value);
        }
        if (!answer.assigned().isEmpty()) {
            grid.addRow(grid.getRowCount(), new Label("Variables"), json(JSON.valueToTree(answer.assigned())));
        }
        String next = answer.nextState() == null ? "— (ends here)" : answer.nextState();
        Label status = new Label(answer.status().replace('_', ' ').toLowerCase() + ", next: " + next);
        status.setId("preview-status");
        grid.addRow(grid.getRowCount(), new Label("Status"), status);
        stages.getChildren().add(grid);
    }

    private static Label json(JsonNode value) {
        String text;
        try {
            text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            text = value.toString();
        }
        Label label = new Label(text);
        label.getStyleClass().add("preview-json");
        label.setWrapText(true);
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(FormControls.HELP_CLASS);
        return label;
    }
}
