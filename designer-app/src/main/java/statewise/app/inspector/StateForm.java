package statewise.app.inspector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.jspecify.annotations.Nullable;
import statewise.app.editor.complete.CompletionEngine;
import statewise.app.editor.complete.FieldCompletion;
import statewise.engine.document.Diagnostic;

/**
 * The inspector's form of one state (see {@link InspectorView}): its header (name, type, query language), its
 * findings that belong to no field, a section per field group with completion in the JSON and path fields, the
 * Choice rule builder, the transition, and the Retry and Catch editors. Another state of the same type and query
 * language is shown by {@link #rebind rebinding} the form rather than building it again: making the controls, their
 * skins and their styles was most of the frame that shows a newly selected state. Every handler reads the state the
 * form is bound to now, so a reused form never writes into the state it showed before.
 */
final class StateForm {

    private final InspectorViewModel model;
    private final PreviewView preview;
    private InspectedState state;
    /** The cell of each field's row: its control, its help, then its findings. */
    private final Map<FieldSpec, VBox> cells = new LinkedHashMap<>();
    /** Each section with whether it starts expanded. */
    private final Map<TitledPane, Boolean> sections = new LinkedHashMap<>();
    private final VBox findings = new VBox(2);
    private final TextField name;
    private @Nullable TitledPane choices;
    private @Nullable TitledPane recovery;
    private @Nullable ComboBox<Integration> integration;
    private @Nullable RadioButton end;
    private @Nullable RadioButton next;
    private @Nullable ComboBox<String> target;
    private @Nullable VBox transition;

    StateForm(InspectorViewModel model, PreviewView preview, InspectedState state) {
        this.model = model;
        this.preview = preview;
        this.state = state;
        this.name = FormControls.textField("/#name", state.name(), text -> model.rename(text.strip()));
    }

    /** The form's parts top to bottom, with {@code message} (the last edit's refusal) under the header. */
    List<Node> nodes(Node message) {
        List<Node> nodes = new ArrayList<>(List.of(header(), message, findings));
        if (state.type().equals("Choice")) {
            choices = section(nodes, "Choice rules", choiceRules(), true);
        }
        for (FormSection section : FormSchema.of(state.type(), state.jsonata())) {
            section(nodes, section.title(), fields(section), !section.title().equals("State"));
        }
        if (FormSchema.transitions(state.type())) {
            section(nodes, "Transition", transition(), true);
        }
        if (FormSchema.recovers(state.type())) {
            recovery = section(nodes, "Error handling", new RecoveryView(model, state).node(), false);
        }
        showFindings();
        return nodes;
    }

    /**
     * Shows {@code other} in this form as a form built for it would show it, and returns true; false (nothing
     * changed) when its type or query language differ, which give another form.
     */
    boolean rebind(InspectedState other) {
        if (!other.type().equals(state.type()) || other.jsonata() != state.jsonata()) {
            return false;
        }
        state = other;
        FormControls.showText(name, state.name());
        if (integration != null) {
            integration.setValue(null);
        }
        cells.forEach((spec, cell) -> {
            FormControls.show(cell.getChildren().get(0), spec, state.value(spec.field()), state.targets());
            FormControls.showProblems(cell, 2, state.diagnosticsOf(spec.field()));
        });
        if (choices != null) {
            choices.setContent(choiceRules());
        }
        if (recovery != null) {
            recovery.setContent(new RecoveryView(model, state).node());
        }
        showTransition();
        showFindings();
        sections.forEach(StateForm::expand);
        return true;
    }

    private Node header() {
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

    private TitledPane section(List<Node> nodes, String title, Node body, boolean expanded) {
        TitledPane pane = InspectorView.titled(title, body, expanded);
        sections.put(pane, expanded);
        nodes.add(pane);
        return pane;
    }

    private Node choiceRules() {
        return new ChoiceRulesView(model, state, () -> model.completionScope(state, preview.sampleInput())).node();
    }

    private GridPane fields(FormSection section) {
        GridPane grid = FormControls.grid();
        if (section.title().equals("Task")) {
            grid.addRow(0, new Label("Integration"), integrationPicker());
        }
        for (FieldSpec spec : section.fields()) {
            cells.put(spec, FormControls.row(grid, spec, "", state.value(spec.field()), state.targets(),
                    state.diagnosticsOf(spec.field()), text -> model.setField(spec, text)));
            completing(grid, spec);
        }
        return grid;
    }

    /** The findings that belong to no field, the rules, the retriers or the catchers; hidden when there are none. */
    private void showFindings() {
        List<Diagnostic> general = new ArrayList<>(state.diagnostics());
        cells.keySet().forEach(spec -> general.removeAll(state.diagnosticsOf(spec.field())));
        general.removeIf(d -> state.diagnosticsOf("/Choices").contains(d) || state.diagnosticsOf("/Retry")
                .contains(d) || state.diagnosticsOf("/Catch").contains(d));
        FormControls.showProblems(findings, 0, general);
        findings.setVisible(!general.isEmpty());
        findings.setManaged(!general.isEmpty());
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
        integration = picker;
        return picker;
    }

    private Node transition() {
        ToggleGroup group = new ToggleGroup();
        RadioButton goTo = new RadioButton("Go to");
        goTo.setId(InspectorView.GO_TO_ID);
        RadioButton ends = new RadioButton("End the workflow");
        ends.setId(InspectorView.END_ID);
        goTo.setToggleGroup(group);
        ends.setToggleGroup(group);
        ComboBox<String> box = FormControls.comboBox(InspectorView.NEXT_ID, state.targets(),
                state.tree().path("Next").asText(""), text -> model.change(Transitions.next(text), null));
        box.setId(InspectorView.NEXT_ID);
        box.disableProperty().bind(ends.selectedProperty());
        ends.setOnAction(event -> model.change(Transitions.end(), null));
        goTo.setOnAction(event -> {
            if (!state.targets().isEmpty() && box.getValue().isEmpty()) {
                box.setValue(state.targets().get(0));
            }
        });
        HBox row = new HBox(8, goTo, box);
        HBox.setHgrow(box, Priority.ALWAYS);
        VBox transitionBox = new VBox(6, row, ends);
        next = goTo;
        end = ends;
        target = box;
        transition = transitionBox;
        showTransition();
        return transitionBox;
    }

    /** Shows the state's transition: where it goes (or that it ends) and the findings about {@code Next}. */
    private void showTransition() {
        if (next == null || end == null || target == null || transition == null) {
            return;
        }
        (state.tree().path("End").asBoolean(false) ? end : next).setSelected(true);
        FormControls.showChoice(target, state.targets(), state.tree().path("Next").asText(""));
        FormControls.showProblems(transition, 2, state.diagnosticsOf("/Next"));
    }

    /** Puts {@code pane} back as a new form has it, without the animation of a user's click. */
    private static void expand(TitledPane pane, boolean expanded) {
        if (pane.isExpanded() != expanded) {
            boolean animated = pane.isAnimated();
            pane.setAnimated(false);
            pane.setExpanded(expanded);
            pane.setAnimated(animated);
        }
    }
}
