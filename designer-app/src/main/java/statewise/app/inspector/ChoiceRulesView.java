package statewise.app.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import statewise.app.editor.complete.CompletionEngine;
import statewise.app.editor.complete.FieldCompletion;
import statewise.app.fx.LazyTips;
import statewise.engine.model.ComparisonOperator;

/**
 * The Choice rule builder: one card per rule in evaluation order, each with its comparison (variable, operator,
 * value or path) or JSONata condition, nested And/Or/Not groups, its target, and buttons to move it up or down,
 * wrap it in a combinator or remove it; then the Default. Every change is one edit through the view model. The
 * Variable field, and the value of a {@code ...Path} comparison, complete input paths on Ctrl+Space as the form's
 * path fields do.
 */
final class ChoiceRulesView {

    static final String ADD_ID = "inspector-add-rule";
    static final String DEFAULT_ID = "inspector-default";
    /** The operator list is as wide as a common operator's name, so the variable and the value keep their room. */
    private static final double OPERATOR_WIDTH = 170;
    private static final List<String> OPERATORS = Arrays.stream(ComparisonOperator.values())
            .map(ComparisonOperator::aslName).toList();

    private final InspectorViewModel model;
    private final InspectedState state;
    private final Supplier<FieldCompletion.@Nullable Scope> completion;
    private final VBox root = new VBox(8);

    /** {@code completion}: what the path fields complete against (the document and the preview's input), or null. */
    ChoiceRulesView(InspectorViewModel model, InspectedState state,
            Supplier<FieldCompletion.@Nullable Scope> completion) {
        this.model = model;
        this.state = state;
        this.completion = completion;
        JsonNode choices = state.tree().path("Choices");
        for (int i = 0; i < choices.size(); i++) {
            root.getChildren().add(card(choices, i));
        }
        state.diagnosticsOf("/Choices").stream().filter(d -> d.pointer().equals(state.pointer() + "/Choices"))
                .forEach(d -> root.getChildren().add(FormControls.problem(d.message())));
        Button add = new Button("Add rule");
        add.setId(ADD_ID);
        add.setOnAction(event -> model.change(List.of(FieldChange.set("/Choices/" + choices.size(),
                ChoiceRules.newRule(state.jsonata(), firstTarget()))), "Add a rule to '" + state.name() + "'"));
        ComboBox<String> fallback = FormControls.comboBox(DEFAULT_ID, state.targets(),
                state.tree().path("Default").asText(""), text -> model.setField(
                        FieldSpec.of("/Default", FieldKind.STATE, ""), text));
        fallback.setId(DEFAULT_ID);
        HBox defaultRow = new HBox(8, new Label("Default (no rule matched)"), fallback);
        root.getChildren().addAll(add, defaultRow);
    }

    Node node() {
        return root;
    }

    private Node card(JsonNode choices, int index) {
        JsonNode rule = choices.get(index);
        String pointer = "/Choices/" + index;
        Label title = new Label("Rule " + (index + 1));
        title.getStyleClass().add("inspector-rule-title");
        Button up = small("↑", "Move up", () -> model.change(ChoiceRules.move(choices, index, index - 1),
                "Move rule " + (index + 1) + " up in '" + state.name() + "'"));
        up.setDisable(index == 0);
        Button down = small("↓", "Move down", () -> model.change(ChoiceRules.move(choices, index, index + 1),
                "Move rule " + (index + 1) + " down in '" + state.name() + "'"));
        down.setDisable(index == choices.size() - 1);
        Button remove = small("✕", "Remove the rule", () -> model.change(List.of(FieldChange.remove(pointer)), null));
        remove.setId(FormControls.id(pointer + "/remove"));
        MenuButton wrap = new MenuButton("Wrap");
        wrap.setDisable(state.jsonata());
        for (String combinator : ChoiceRules.COMBINATORS) {
            MenuItem item = new MenuItem("in " + combinator);
            item.setOnAction(event -> model.change(List.of(ChoiceRules.wrap(rule, index, combinator)),
                    "Wrap rule " + (index + 1) + " in " + combinator));
            wrap.getItems().add(item);
        }
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(4, title, spacer, wrap, up, down, remove);
        ComboBox<String> next = FormControls.comboBox(pointer + "/Next", state.targets(),
                rule.path("Next").asText(""), text -> model.setField(FieldSpec.of(pointer + "/Next", FieldKind.STATE,
                        ""), text));
        HBox target = new HBox(8, new Label("then go to"), next);
        VBox card = new VBox(6, head, body(rule, pointer), target);
        card.getStyleClass().add("inspector-rule");
        card.setPadding(new Insets(6));
        state.diagnosticsOf(pointer).forEach(d -> card.getChildren().add(FormControls.problem(d.message())));
        return card;
    }

    /** A rule's condition: a comparison, a JSONata condition, or a combinator with its nested rules. */
    private Node body(JsonNode rule, String pointer) {
        if (rule.has("Condition") || state.jsonata()) {
            return FormControls.textField(pointer + "/Condition", rule.path("Condition").asText(""),
                    text -> model.setField(FieldSpec.of(pointer + "/Condition", FieldKind.TEXT, ""), text));
        }
        String combinator = ChoiceRules.combinator(rule);
        if (combinator == null) {
            return comparison(rule, pointer);
        }
        VBox group = new VBox(4);
        group.getStyleClass().add("inspector-rule-group");
        group.setPadding(new Insets(0, 0, 0, 14));
        if (combinator.equals("Not")) {
            group.getChildren().addAll(new Label("NOT"), body(rule.path("Not"), pointer + "/Not"));
            return group;
        }
        group.getChildren().add(new Label(combinator.equals("And") ? "ALL of:" : "ANY of:"));
        JsonNode nested = rule.path(combinator);
        for (int i = 0; i < nested.size(); i++) {
            String inner = pointer + "/" + combinator + "/" + i;
            Button remove = small("✕", "Remove", () -> model.change(List.of(FieldChange.remove(inner)), null));
            HBox line = new HBox(4, body(nested.get(i), inner), remove);
            group.getChildren().add(line);
        }
        Button add = new Button("+ condition");
        add.setOnAction(event -> model.change(List.of(ChoiceRules.addNested(rule, pointer, combinator)), null));
        group.getChildren().add(add);
        return group;
    }

    private Node comparison(JsonNode rule, String pointer) {
        TextField variable = FormControls.textField(pointer + "/Variable", rule.path("Variable").asText(""),
                text -> model.setField(FieldSpec.of(pointer + "/Variable", FieldKind.TEXT, ""), text));
        variable.setPromptText("$.path");
        variable.setPrefColumnCount(8);
        completingPaths(variable);
        ComparisonOperator operator = ChoiceRules.operator(rule);
        ComboBox<String> operators = FormControls.comboBox(pointer + "/operator", OPERATORS,
                operator == null ? "" : operator.aslName(), name -> {
                    ComparisonOperator chosen = ComparisonOperator.fromAslName(name);
                    return chosen != null && model.change(List.of(ChoiceRules.changeOperator(rule, pointer, chosen)),
                            "Compare with " + name + " in '" + state.name() + "'");
                });
        operators.getItems().remove("");
        operators.setPrefWidth(OPERATOR_WIDTH);
        operators.setMaxWidth(OPERATOR_WIDTH);
        HBox.setHgrow(variable, Priority.ALWAYS);
        HBox line = new HBox(4, variable, operators);
        if (operator != null) {
            String field = pointer + "/" + operator.aslName();
            JsonNode value = rule.get(operator.aslName());
            TextField input = FormControls.textField(field, value == null ? "" : value.isTextual() ? value.asText()
                    : value.toString(), text -> commitValue(field, operator, text));
            input.setPrefColumnCount(8);
            if (operator.aslName().endsWith("Path")) {
                completingPaths(input);
            }
            HBox.setHgrow(input, Priority.ALWAYS);
            line.getChildren().add(input);
        }
        return line;
    }

    private void completingPaths(TextField field) {
        FieldCompleter.attach(field, "paths, context fields and variables", (text, caret) -> {
            FieldCompletion.Scope scope = completion.get();
            return scope == null ? new CompletionEngine.Result(caret, caret, List.of())
                    : FieldCompletion.inPath(text, caret, scope);
        });
    }

    private boolean commitValue(String field, ComparisonOperator operator, String text) {
        return model.setParsed(field, operator.aslName(), ChoiceRules.parseValue(operator, text));
    }

    private String firstTarget() {
        return state.targets().isEmpty() ? state.name() : state.targets().get(0);
    }

    static Button small(String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.getStyleClass().add("inspector-small");
        LazyTips.install(button, tip);
        button.setOnAction(event -> action.run());
        return button;
    }
}
