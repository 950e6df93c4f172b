package statewise.app.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import statewise.app.editor.complete.CompletionEngine;
import statewise.app.editor.complete.FieldCompletion;
import statewise.engine.document.Diagnostic;

/**
 * The Retry and Catch editors of a Task, Map or Parallel state: one card per retrier (error names with completion
 * of AWS's {@code States.*} names, interval, attempts, back-off, max delay, jitter) and per catcher (error names,
 * target, result path or output), with add and remove.
 */
final class RecoveryView {

    static final String ADD_RETRY_ID = "inspector-add-retry";
    static final String ADD_CATCH_ID = "inspector-add-catch";

    private final InspectorViewModel model;
    private final InspectedState state;
    private final VBox root = new VBox(8);

    RecoveryView(InspectorViewModel model, InspectedState state) {
        this.model = model;
        this.state = state;
        JsonNode retry = state.tree().path("Retry");
        root.getChildren().add(heading("Retry", "Retriers run the state again after these errors, first match wins."));
        for (int i = 0; i < retry.size(); i++) {
            root.getChildren().add(retrier(retry.get(i), "/Retry/" + i));
        }
        Button addRetry = new Button("Add retrier");
        addRetry.setId(ADD_RETRY_ID);
        addRetry.setOnAction(event -> model.change(List.of(Recovery.append("/Retry", retry, Recovery.newRetrier())),
                "Add a retrier to '" + state.name() + "'"));
        JsonNode catchers = state.tree().path("Catch");
        root.getChildren().addAll(addRetry, heading("Catch", "Catchers go to another state when retries are"
                + " exhausted, first match wins."));
        for (int i = 0; i < catchers.size(); i++) {
            root.getChildren().add(catcher(catchers.get(i), "/Catch/" + i));
        }
        Button addCatch = new Button("Add catcher");
        addCatch.setId(ADD_CATCH_ID);
        addCatch.setDisable(state.targets().isEmpty());
        addCatch.setOnAction(event -> model.change(List.of(Recovery.append("/Catch", catchers,
                Recovery.newCatcher(state.targets().get(0), state.jsonata()))), "Add a catcher to '" + state.name()
                + "'"));
        root.getChildren().add(addCatch);
    }

    Node node() {
        return root;
    }

    private Node retrier(JsonNode retrier, String pointer) {
        GridPane grid = FormControls.grid();
        grid.addRow(0, new Label("Errors"), errors(retrier, pointer));
        for (FieldSpec spec : Recovery.RETRIER_FIELDS) {
            FieldSpec field = new FieldSpec(pointer + spec.field(), spec.label(), spec.kind(), spec.help(),
                    spec.options());
            FormControls.row(grid, field, "", retrier.get(spec.field().substring(1)), List.of(),
                    state.diagnosticsOf(field.field()), text -> model.setField(field, text));
        }
        return card("Retrier " + (index(pointer) + 1), pointer, grid);
    }

    private Node catcher(JsonNode catcher, String pointer) {
        GridPane grid = FormControls.grid();
        grid.addRow(0, new Label("Errors"), errors(catcher, pointer));
        ComboBox<String> next = FormControls.comboBox(pointer + "/Next", state.targets(),
                catcher.path("Next").asText(""), text -> model.setField(FieldSpec.of(pointer + "/Next",
                        FieldKind.STATE, ""), text));
        grid.addRow(1, new Label("Go to"), next);
        for (FieldSpec spec : Recovery.catcherFields(state.jsonata())) {
            FieldSpec field = new FieldSpec(pointer + spec.field(), spec.label(), spec.kind(), spec.help(),
                    spec.options());
            FormControls.row(grid, field, "", catcher.get(spec.field().substring(1)), List.of(),
                    state.diagnosticsOf(field.field()), text -> model.setField(field, text));
        }
        return card("Catcher " + (index(pointer) + 1), pointer, grid);
    }

    /** The ErrorEquals field: comma-separated names, completing AWS's predefined ones as they are typed. */
    private Node errors(JsonNode entry, String pointer) {
        String field = pointer + "/ErrorEquals";
        TextField input = FormControls.textField(field, Recovery.errorsText(entry.path("ErrorEquals")),
                text -> model.change(List.of(FieldChange.set(field, Recovery.errors(text))), null));
        TextFields.bindAutoCompletion(input, request -> {
            String typed = request.getUserText();
            CompletionEngine.Result names = FieldCompletion.errorNames(typed, typed.length());
            return names.items().stream().filter(name -> !typed.endsWith(name.insert()))
                    .map(name -> typed.substring(0, names.from()) + name.insert()).toList();
        });
        HBox.setHgrow(input, Priority.ALWAYS);
        VBox cell = new VBox(2, input);
        for (Diagnostic d : state.diagnosticsOf(field)) {
            cell.getChildren().add(FormControls.problem(d.message()));
        }
        return cell;
    }

    private Node card(String title, String pointer, Node body) {
        Label label = new Label(title);
        label.getStyleClass().add("inspector-rule-title");
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        String list = pointer.substring(0, pointer.lastIndexOf('/'));
        Button remove = ChoiceRulesView.small("✕", "Remove", () -> model.change(List.of(Recovery.removeEntry(pointer,
                state.tree().path(list.substring(1)))), null));
        remove.setId(FormControls.id(pointer + "/remove"));
        VBox card = new VBox(6, new HBox(4, label, spacer, remove), body);
        card.getStyleClass().add("inspector-rule");
        card.setPadding(new Insets(6));
        return card;
    }

    private static Label heading(String title, String help) {
        Label label = new Label(title + " — " + help);
        label.setWrapText(true);
        label.getStyleClass().add(FormControls.HELP_CLASS);
        return label;
    }

    private static int index(String pointer) {
        return Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1));
    }
}
