package statewise.app.debug;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import statewise.app.debug.model.ChoiceVerdict;
import statewise.app.debug.model.InputCheck;
import statewise.app.session.DocumentSession;
import statewise.app.session.StatePointers;
import statewise.engine.analysis.ScopedVariable;
import statewise.engine.analysis.VariableScopes;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;
import statewise.engine.run.Paused;

/**
 * What a paused execution shows about its state: where it is and why it paused, the state's input (editable
 * before the state is entered), the input after each processing stage, the variables in scope with where each may
 * be assigned and its value now (editable too), for a Choice which rule matches and the values compared, and the
 * context object.
 */
final class PausedView {

    static final String HEADER_ID = "debug-paused-header";
    static final String INPUT_ID = "debug-paused-input";
    static final String CHOICE_ID = "debug-paused-choice";
    static final String VARIABLES_ID = "debug-paused-variables";

    private final DebuggerViewModel model;
    private final DocumentSession session;
    private final VBox content = new VBox(6);
    private final ScrollPane root = new ScrollPane(content);
    private final Label header = new Label("Not paused. Debug (Shift+F5) pauses at breakpoints (Ctrl+F8).");
    private final TextArea input = new TextArea();
    private final Label inputMessage = new Label();
    private final VBox stages = new VBox(4);
    private final VBox variables = new VBox(2);
    private final VBox choice = new VBox(2);
    private final JsonTree context = new JsonTree("debug-paused-context");
    private final TitledPane choicePane = titled("Choice", choice);
    private final VBox details = new VBox(6);

    PausedView(DebuggerViewModel model, DocumentSession session) {
        this.model = model;
        this.session = session;
        root.setFitToWidth(true);
        root.getStyleClass().add("debug-paused");
        content.setPadding(new Insets(6));
        header.setId(HEADER_ID);
        header.getStyleClass().add("debug-heading");
        header.setWrapText(true);
        input.setId(INPUT_ID);
        input.getStyleClass().add("debug-json");
        input.setPrefRowCount(5);
        choice.setId(CHOICE_ID);
        variables.setId(VARIABLES_ID);
        context.node().setPrefHeight(160);
        Button apply = new Button("Use this input");
        apply.setOnAction(event -> applyInput());
        apply.disableProperty().bind(model.pausedProperty().map(p -> !p.beforeEntry()).orElse(true));
        HBox inputBar = new HBox(6, apply, inputMessage);
        inputBar.setAlignment(Pos.CENTER_LEFT);
        details.getChildren().addAll(choicePane, titled("Input", new VBox(4, input, inputBar)),
                titled("Effective input", stages), titled("Variables in scope", variables),
                titled("Context object", context.node()));
        details.managedProperty().bind(details.visibleProperty());
        content.getChildren().addAll(header, details);
        model.pausedProperty().addListener((property, old, paused) -> show(paused));
        show(model.pausedProperty().get());
    }

    Region node() {
        return root;
    }

    private void show(@Nullable Paused paused) {
        inputMessage.setText("");
        stages.getChildren().clear();
        variables.getChildren().clear();
        choice.getChildren().clear();
        choicePane.setVisible(false);
        choicePane.setManaged(false);
        details.setVisible(paused != null);
        if (paused == null) {
            header.setText("Not paused. Debug (Shift+F5) pauses at breakpoints (Ctrl+F8).");
            input.setText("");
            input.setEditable(false);
            context.clear();
            return;
        }
        String where = paused.where().isEmpty() ? "" : " · in " + String.join(" / ", paused.where());
        header.setText("Paused " + (paused.beforeEntry() ? "before " : "in ") + paused.stateName() + " ("
                + paused.reason().name().toLowerCase(java.util.Locale.ROOT) + ")" + where
                + (paused.lastEvent() == null ? "" : " · last event #" + paused.lastEvent().id() + " "
                + paused.lastEvent().type().awsName()));
        input.setText(paused.input().toPrettyString());
        input.setEditable(paused.beforeEntry());
        for (Paused.Stage stage : paused.stages()) {
            String value = stage.value() == null ? "fails: " + stage.error() : stage.value().toString();
            stages.getChildren().add(wrapped(stage.name() + ": " + value));
        }
        if (paused.stages().isEmpty()) {
            stages.getChildren().add(wrapped("The state has no InputPath, Parameters or Arguments: "
                    + "its effective input is its input."));
        }
        context.show("$$", paused.context());
        showVariables(paused);
        showChoice(paused);
    }

    private void showVariables(Paused paused) {
        StateMachine machine = session.document().modelDocument().stateMachine();
        String pointer = pointerOf(paused.stateName());
        Map<String, List<String>> assigners = new TreeMap<>();
        if (machine != null && pointer != null) {
            for (ScopedVariable v : VariableScopes.of(machine).at(pointer)) {
                assigners.computeIfAbsent(v.name(), k -> new ArrayList<>()).add(v.assignedBy()
                        + (v.outer() ? " (outside, read-only)" : ""));
            }
        }
        paused.variables().keySet().forEach(name -> assigners.computeIfAbsent(name, k -> new ArrayList<>()));
        if (assigners.isEmpty()) {
            variables.getChildren().add(wrapped("No variables are in scope here."));
        }
        assigners.forEach((name, by) -> {
            JsonNode value = paused.variables().get(name);
            String from = by.isEmpty() ? "" : "  ← " + String.join(", ", by);
            variables.getChildren().add(wrapped("$" + name + " = " + (value == null ? "(not set yet)" : value)
                    + from));
        });
        if (paused.beforeEntry()) {
            variables.getChildren().add(variableEditor());
        }
    }

    private HBox variableEditor() {
        TextField name = new TextField();
        name.setPromptText("name");
        name.setPrefColumnCount(8);
        TextField value = new TextField();
        value.setPromptText("JSON value");
        HBox.setHgrow(value, Priority.ALWAYS);
        Button set = new Button("Set");
        Label result = new Label();
        set.setOnAction(event -> {
            InputCheck checked = InputCheck.of(value.getText());
            String variable = name.getText().strip().replaceFirst("^\\$", "");
            if (variable.isEmpty() || !checked.valid()) {
                result.setText(variable.isEmpty() ? "Name the variable." : checked.problem());
            } else {
                result.setText(model.setPausedVariable(variable, checked.value()) ? "Set $" + variable
                        : "Only before a state is entered");
            }
        });
        HBox row = new HBox(4, new Label("$"), name, value, set, result);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void showChoice(Paused paused) {
        String pointer = pointerOf(paused.stateName());
        Map<String, State> states = StatePointers.of(session.document().modelDocument());
        if (pointer == null || !(states.get(pointer) instanceof ChoiceState state)) {
            return;
        }
        JsonNode effective = paused.input();
        for (Paused.Stage stage : paused.stages()) {
            if (stage.name().equals("afterInputPath") && stage.value() != null) {
                effective = stage.value();
            }
        }
        ChoiceVerdict verdict = ChoiceVerdict.of(state, effective, paused.context(), paused.variables());
        for (ChoiceVerdict.RuleLine line : verdict.rules()) {
            String mark = line.matches() == null ? "?" : line.matches() ? "✔" : "✘";
            choice.getChildren().add(wrapped(mark + " Rule " + (line.index() + 1) + " → " + line.next() + ": "
                    + line.detail()));
        }
        String outcome = verdict.chosen() == null ? "The way cannot be told before the state runs."
                : verdict.chosen() >= 0 ? "Rule " + (verdict.chosen() + 1) + " matches first: next is "
                + verdict.next() : verdict.next() == null ? "No rule matches and there is no Default: "
                + "States.NoChoiceMatched" : "No rule matches: Default, next is " + verdict.next();
        Label summary = wrapped(outcome);
        summary.getStyleClass().add("debug-heading");
        choice.getChildren().add(summary);
        choicePane.setVisible(true);
        choicePane.setManaged(true);
    }

    private void applyInput() {
        InputCheck checked = InputCheck.of(input.getText());
        if (!checked.valid()) {
            inputMessage.setText(checked.problem());
            return;
        }
        inputMessage.setText(model.replacePausedInput(checked.value()) ? "The state will run with this input."
                : "The input can only change before the state is entered.");
    }

    private @Nullable String pointerOf(String stateName) {
        for (String pointer : StatePointers.of(session.document().modelDocument()).keySet()) {
            if (StatePointers.name(pointer).equals(stateName)) {
                return pointer;
            }
        }
        return null;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMnemonicParsing(false);
        label.getStyleClass().add("debug-line");
        return label;
    }

    private static TitledPane titled(String title, javafx.scene.Node body) {
        TitledPane pane = new TitledPane(title, body);
        pane.setAnimated(false);
        return pane;
    }
}
