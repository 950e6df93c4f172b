package statewise.app.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import statewise.app.editor.complete.CompletionEngine;
import statewise.app.editor.complete.FieldCompletion;
import statewise.engine.document.Diagnostic;

/**
 * The inspector's form of one state, built afresh whenever the inspected state changes (see {@link InspectorView}):
 * its header (name, type, query language), its findings that belong to no field, a section per field group with
 * completion in the JSON and path fields, the Choice rule builder, the transition, and the Retry and Catch editors.
 */
final class StateForm {

    private final InspectorViewModel model;
    private final PreviewView preview;
    private final InspectedState state;

    StateForm(InspectorViewModel model, PreviewView preview, InspectedState state) {
        this.model = model;
        this.preview = preview;
        this.state = state;
    }

    /** The form's parts top to bottom, with {@code message} (the last edit's refusal) under the header. */
    List<Node> nodes(Node message) {
        List<Node> nodes = new ArrayList<>(List.of(header(), message));
        List<Diagnostic> general = new ArrayList<>(state.diagnostics());
        if (state.type().equals("Choice")) {
            nodes.add(InspectorView.titled("Choice rules", new ChoiceRulesView(model, state,
                    () -> model.completionScope(state, preview.sampleInput())).node(), true));
        }
        for (FormSection section : FormSchema.of(state.type(), state.jsonata())) {
            nodes.add(section(section, general));
        }
        if (FormSchema.transitions(state.type())) {
            nodes.add(InspectorView.titled("Transition", transition(), true));
        }
        if (FormSchema.recovers(state.type())) {
            nodes.add(InspectorView.titled("Error handling", new RecoveryView(model, state).node(), false));
        }
        general.removeIf(d -> state.diagnosticsOf("/Choices").contains(d) || state.diagnosticsOf("/Retry")
                .contains(d) || state.diagnosticsOf("/Catch").contains(d));
        if (!general.isEmpty()) {
            VBox findings = new VBox(2);
            general.forEach(d -> findings.getChildren().add(FormControls.problem(d.message())));
            nodes.add(2, findings);
        }
        return nodes;
    }

    private Node header() {
        TextField name = FormControls.textField("/#name", state.name(), text -> model.rename(text.strip()));
        name.setId(InspectorView.NAME_ID);
        name.getStyleClass().add("inspector-name");
        HBox.setHgrow(name, Priority.ALWAYS);
        Label type = new Label(state.type());
        type.getStyleClass().add("inspector-type");
        Label language = new Label(state.jsonata() ? "JSONata" : "JSONPath");
        language.getStyleClass().add("inspector-language");
        HBox header = new HBox(6, name, type, language);
        header.getStyleClass().add("inspector-header");
        return header;
    }

    private TitledPane section(FormSection section, List<Diagnostic> general) {
        GridPane grid = FormControls.grid();
        if (section.title().equals("Task")) {
            grid.addRow(0, new Label("Integration"), integrationPicker());
        }
        for (FieldSpec spec : section.fields()) {
            List<Diagnostic> problems = state.diagnosticsOf(spec.field());
            general.removeAll(problems);
            FormControls.row(grid, spec, "", state.value(spec.field()), state.targets(), problems,
                    text -> model.setField(spec, text));
            completing(grid, spec);
        }
        return InspectorView.titled(section.title(), grid, !section.title().equals("State"));
    }

    /** Completion on Ctrl+Space in the JSON and path fields, with the preview's sample input for input paths. */
    private void completing(GridPane grid, FieldSpec spec) {
        if (grid.lookup("#" + FormControls.id(spec.field())) instanceof TextInputControl control
                && (spec.kind() == FieldKind.JSON || spec.kind() == FieldKind.PATH)) {
            FieldCompleter.attach(control, "paths, context fields, variables and functions", (text, caret) -> {
                FieldCompletion.Scope scope = model.completionScope(state, preview.sampleInput());
                return scope == null ? new CompletionEngine.Result(caret, caret, List.of())
                        : spec.kind() == FieldKind.JSON ? FieldCompletion.inJson(text, caret, scope)
                        : FieldCompletion.inPath(text, caret, scope);
            });
        }
    }

    private Node integrationPicker() {
        ComboBox<Integration> picker = new ComboBox<>();
        picker.setId(InspectorView.INTEGRATION_ID);
        picker.setPromptText("Pick a common integration…");
        picker.getItems().addAll(Integration.ALL);
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.valueProperty().addListener((property, old, chosen) -> {
            InspectedState now = model.state();
            if (chosen != null && now != null) {
                model.change(IntegrationChoice.changes(now, chosen), "Use " + chosen.label() + " in '"
                        + state.name() + "'");
            }
        });
        return picker;
    }

    private Node transition() {
        ToggleGroup group = new ToggleGroup();
        RadioButton next = new RadioButton("Go to");
        next.setId(InspectorView.GO_TO_ID);
        RadioButton end = new RadioButton("End the workflow");
        end.setId(InspectorView.END_ID);
        next.setToggleGroup(group);
        end.setToggleGroup(group);
        boolean ends = state.tree().path("End").asBoolean(false);
        (ends ? end : next).setSelected(true);
        ComboBox<String> target = FormControls.comboBox(InspectorView.NEXT_ID, state.targets(),
                state.tree().path("Next").asText(""), text -> model.change(Transitions.next(text), null));
        target.setId(InspectorView.NEXT_ID);
        target.disableProperty().bind(end.selectedProperty());
        end.setOnAction(event -> model.change(Transitions.end(), null));
        next.setOnAction(event -> {
            if (!state.targets().isEmpty() && target.getValue().isEmpty()) {
                target.setValue(state.targets().get(0));
            }
        });
        HBox row = new HBox(8, next, target);
        HBox.setHgrow(target, Priority.ALWAYS);
        VBox box = new VBox(6, row, end);
        state.diagnosticsOf("/Next").forEach(d -> box.getChildren().add(FormControls.problem(d.message())));
        return box;
    }
}
