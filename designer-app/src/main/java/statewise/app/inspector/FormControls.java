package statewise.app.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import statewise.app.fx.LazyTips;
import statewise.engine.document.Diagnostic;

/**
 * Builds the inspector's form controls: one control per field kind, committing its text when the user presses
 * Enter (Ctrl+Enter in JSON areas) or leaves the field, with the field's help text under it and the validator's
 * findings about it in red. A control's id is {@code inspector-field} plus the field's pointer, so tests and the
 * focus keeper can find it after the form is rebuilt.
 */
final class FormControls {

    static final String FIELD_ID = "inspector-field";
    static final String HELP_CLASS = "inspector-help";
    static final String PROBLEM_CLASS = "inspector-problem";
    /** The key of a text control's "commit what was typed" action in its properties. */
    private static final String PENDING = "statewise.inspector.pending";
    /** The key of the text a control shows from the document, in its properties: typing away from it commits. */
    private static final String SHOWN = "statewise.inspector.shown";
    /** The key, in a combo box's properties, set while its value follows the document rather than the user. */
    private static final String FOLLOWING = "statewise.inspector.following";

    /**
     * The preferred width of a combo box, set rather than computed: a combo box left to compute it measures every
     * item, and a state picker lists every state, which on a 1,000-state definition was the largest part of the
     * layout pass after each canvas edit (the inspector is rebuilt for the state the edit selects). The box still
     * fills the room its row gives it.
     */
    static final double COMBO_PREF_WIDTH = 180;

    private FormControls() {
    }

    /** The id of the control of {@code field} under {@code prefix} (e.g. a rule's pointer). */
    static String id(String field) {
        return FIELD_ID + field.replace('/', '-').replace(' ', '_').replace('.', '_');
    }

    /**
     * Adds a labelled row for {@code spec} to {@code grid}; {@code commit} gets the text and says if it took. Returns
     * the row's cell: the control, its help text, then its findings (see {@link #showProblems}).
     */
    static VBox row(GridPane grid, FieldSpec spec, String idPrefix, @Nullable JsonNode value, List<String> states,
            List<Diagnostic> problems, Predicate<String> commit) {
        int row = grid.getRowCount();
        Label label = new Label(spec.label());
        LazyTips.install(label, spec.help());
        label.setMinWidth(110);
        Node control = control(spec, idPrefix + spec.field(), value, states, commit);
        VBox cell = new VBox(2, control);
        Label help = new Label(spec.help());
        help.getStyleClass().add(HELP_CLASS);
        help.setWrapText(true);
        cell.getChildren().add(help);
        showProblems(cell, 2, problems);
        GridPane.setHgrow(cell, Priority.ALWAYS);
        GridPane.setMargin(label, new Insets(4, 0, 0, 0));
        grid.addRow(row, label, cell);
        return cell;
    }

    /** Shows {@code problems} as the children of {@code box} from {@code from} on, in place of those shown there. */
    static void showProblems(VBox box, int from, List<Diagnostic> problems) {
        ObservableList<Node> children = box.getChildren();
        if (children.size() > from) {
            children.remove(from, children.size());
        }
        for (Diagnostic d : problems) {
            children.add(problem(d.message()));
        }
    }

    /** A red line saying what is wrong. */
    static Label problem(String message) {
        Label label = new Label(message);
        label.getStyleClass().add(PROBLEM_CLASS);
        label.setWrapText(true);
        return label;
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.getStyleClass().add("inspector-grid");
        return grid;
    }

    /** The control for a field of {@code spec}'s kind, showing {@code value}. */
    static Node control(FieldSpec spec, String field, @Nullable JsonNode value, List<String> states,
            Predicate<String> commit) {
        String text = spec.kind().format(value);
        return switch (spec.kind()) {
            case BOOLEAN -> checkBox(field, value != null && value.asBoolean(), commit);
            case CHOICE -> comboBox(field, spec.options(), text, commit);
            case STATE -> comboBox(field, states, text, commit);
            case JSON -> jsonArea(field, text, commit);
            default -> textField(field, text, commit);
        };
    }

    static TextField textField(String field, String text, Predicate<String> commit) {
        TextField input = new TextField(text);
        input.setId(id(field));
        committing(input, text, commit);
        input.setOnAction(event -> commit.test(input.getText()));
        return input;
    }

    static TextArea jsonArea(String field, String text, Predicate<String> commit) {
        TextArea area = new TextArea(text);
        area.setId(id(field));
        area.getStyleClass().add("inspector-json");
        area.setWrapText(false);
        GrowingArea.attach(area);
        committing(area, text, commit);
        area.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                commit.test(area.getText());
                event.consume();
            }
        });
        return area;
    }

    static CheckBox checkBox(String field, boolean selected, Predicate<String> commit) {
        CheckBox box = new CheckBox();
        box.setId(id(field));
        box.setSelected(selected);
        box.setOnAction(event -> commit.test(box.isSelected() ? "true" : ""));
        return box;
    }

    /**
     * Shows the new values of {@code changed} fields in their controls inside {@code form}, as {@link #update(Node,
     * FieldSpec, JsonNode)}; false when one of them has no control (the form must then be built again).
     */
    static boolean update(Node form, List<FieldSpec> changed, Function<String, @Nullable JsonNode> values) {
        for (FieldSpec spec : changed) {
            if (!update(form, spec, values.apply(spec.field()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Shows {@code value} in the control of {@code spec} inside {@code form} without making it again and without
     * committing anything; false when the form has no such control.
     */
    static boolean update(Node form, FieldSpec spec, @Nullable JsonNode value) {
        return showValue(form.lookup("#" + id(spec.field())), spec, value, null);
    }

    /**
     * Shows {@code value} in {@code control}, made by {@link #control} for {@code spec}, as if it had been made for
     * it: a combo box offers {@code states} (or the spec's options) and the value again, nothing it offered for
     * another value. Commits nothing; for a form bound to another state (see {@link StateForm#rebind}).
     */
    static void show(Node control, FieldSpec spec, @Nullable JsonNode value, List<String> states) {
        showValue(control, spec, value, spec.kind() == FieldKind.STATE ? states : spec.options());
    }

    /**
     * Shows {@code value} in {@code control}, committing nothing: a combo box offers {@code offered} and the value,
     * or (when {@code offered} is null) what it offered already and the value. False when {@code control} is not
     * one {@link #control} makes (or is null).
     */
    private static boolean showValue(@Nullable Node control, FieldSpec spec, @Nullable JsonNode value,
            @Nullable List<String> offered) {
        String text = spec.kind().format(value);
        if (control instanceof TextInputControl input) {
            showText(input, text);
        } else if (control instanceof CheckBox box) {
            box.setSelected(value != null && value.asBoolean());
        } else if (control instanceof ComboBox<?> box) {
            @SuppressWarnings("unchecked")
            ComboBox<String> strings = (ComboBox<String>) box;
            if (offered != null) {
                showChoice(strings, offered, text);
            } else {
                if (!strings.getItems().contains(text)) {
                    strings.getItems().add(text);
                }
                following(strings, () -> strings.setValue(text));
            }
        } else {
            return false;
        }
        return true;
    }

    /** Shows {@code text} in a control made by {@link #textField} or {@link #jsonArea}; commits nothing. */
    static void showText(TextInputControl input, String text) {
        input.getProperties().put(SHOWN, text);
        if (!input.getText().equals(text)) {
            input.setText(text);
        }
    }

    /** Makes a box made by {@link #comboBox} offer {@code options} and show {@code text}; commits nothing. */
    static void showChoice(ComboBox<String> box, List<String> options, String text) {
        List<String> items = items(options, text);
        following(box, () -> {
            if (!box.getItems().equals(items)) {
                box.getItems().setAll(items);
            }
            box.setValue(text);
        });
    }

    static ComboBox<String> comboBox(String field, List<String> options, String text, Predicate<String> commit) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id(field));
        box.getItems().setAll(items(options, text));
        box.setValue(text);
        box.setPrefWidth(COMBO_PREF_WIDTH);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().addListener((property, old, chosen) -> {
            if (chosen != null && !chosen.equals(old) && !box.getProperties().containsKey(FOLLOWING)) {
                commit.test(chosen);
            }
        });
        return box;
    }

    /** What a combo box showing {@code text} offers: nothing, {@code options}, and {@code text} if not among them. */
    private static List<String> items(List<String> options, String text) {
        List<String> items = new ArrayList<>(options.size() + 2);
        items.add("");
        items.addAll(options);
        if (!text.isEmpty() && !options.contains(text)) {
            items.add(text);
        }
        return items;
    }

    /** Runs {@code change} with {@code box}'s value following the document: it commits nothing. */
    private static void following(ComboBox<String> box, Runnable change) {
        box.getProperties().put(FOLLOWING, Boolean.TRUE);
        try {
            change.run();
        } finally {
            box.getProperties().remove(FOLLOWING);
        }
    }

    /**
     * Commits what was typed in the control holding {@code node} (the focus owner, say) and not committed yet:
     * before the document is replaced, which would drop it.
     */
    static void commitPending(@Nullable Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getProperties().get(PENDING) instanceof Runnable pending) {
                pending.run();
                return;
            }
        }
    }

    /**
     * Commits the text when focus leaves the control and the text changed, while the control is in a showing
     * window. A control whose window closed or whose scene was replaced belongs to a session that is gone; what it
     * held was committed before (see {@link #commitPending}) or dropped by the user's choice.
     */
    private static void committing(TextInputControl input, String shown, Predicate<String> commit) {
        input.getProperties().put(SHOWN, shown);
        Runnable pending = () -> {
            if (!input.getText().equals(input.getProperties().get(SHOWN))) {
                commit.test(input.getText());
            }
        };
        input.getProperties().put(PENDING, pending);
        input.focusedProperty().addListener((property, was, focused) -> {
            if (!focused && input.getScene() != null && input.getScene().getWindow() != null
                    && input.getScene().getWindow().isShowing()) {
                pending.run();
            }
        });
    }
}
