package statewise.app.mocks;

import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The mocked responses of the chosen test case: its states (mocked, not mocked, stale) with Mock and Unmock, and for
 * the chosen state the invocations of its response and each one's Return value or Throw.
 */
final class ResponsePane {

    static final String STATES_ID = "mock-states";
    static final String MOCK_ID = "mock-state-mock";
    static final String UNMOCK_ID = "mock-state-unmock";
    static final String INVOCATIONS_ID = "mock-invocations";
    static final String RETURN_ID = "mock-answer-return";
    static final String THROW_ID = "mock-answer-throw";
    static final String RETURN_TEXT_ID = "mock-return-text";
    static final String ERROR_ID = "mock-throw-error";
    static final String CAUSE_ID = "mock-throw-cause";
    static final String PROBLEM_ID = "mock-answer-problem";

    private final SplitPane root = new SplitPane();

    ResponsePane(MockEditorViewModel model) {
        ListView<StateRow> states = new ListView<>(model.states());
        states.setId(STATES_ID);
        states.setPlaceholder(new Label("Choose or add a test case"));
        states.setCellFactory(list -> new StateCell());
        MockEditorView.bindChoice(states, model.stateProperty(), StateRow::state);
        Button mock = MockEditorView.button("Mock", MOCK_ID, model.edits()::mockState);
        mock.disableProperty().bind(states.getSelectionModel().selectedItemProperty().isNull()
                .or(model.stateProperty().isNull()));
        Button unmock = MockEditorView.button("Unmock", UNMOCK_ID, model.edits()::unmockState);
        unmock.disableProperty().bind(mock.disableProperty());
        states.getSelectionModel().selectedItemProperty().addListener((property, old, row) -> {
            boolean mocked = row != null && row.kind() != StateRow.Kind.UNMOCKED;
            mock.setVisible(!mocked);
            mock.setManaged(!mocked);
            unmock.setVisible(mocked);
            unmock.setManaged(mocked);
        });
        VBox.setVgrow(states, Priority.ALWAYS);
        VBox left = MockEditorView.column("Task states", states, new HBox(6, mock, unmock));
        root.getItems().addAll(left, answer(model));
        root.setDividerPositions(0.4);
    }

    Region node() {
        return root;
    }

    private static Region answer(MockEditorViewModel model) {
        AnswerViewModel answer = model.answer();
        ListView<String> invocations = new ListView<>(model.invocations());
        invocations.setId(INVOCATIONS_ID);
        invocations.setPrefHeight(84);
        invocations.setPlaceholder(new Label("Not mocked: its calls go to the run's next source"));
        invocations.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : "Invocation " + item + ordinal(item));
            }
        });
        MockEditorView.bindChoice(invocations, model.invocationProperty(), key -> key);
        Button add = MockEditorView.button("Add invocation", "mock-invocation-add", model.edits()::addInvocation);
        add.disableProperty().bind(model.invocationProperty().isNull());
        Button remove = MockEditorView.button("Remove", "mock-invocation-remove", model.edits()::removeInvocation);
        remove.disableProperty().bind(model.invocationProperty().isNull());
        Label shared = new Label();
        shared.getStyleClass().add("mock-note");
        shared.setWrapText(true);
        shared.textProperty().bind(answer.sharedProperty());
        shared.managedProperty().bind(answer.sharedProperty().isNotEmpty());
        VBox.setVgrow(invocations, Priority.NEVER);
        VBox box = MockEditorView.column("Response", shared, invocations, new HBox(6, add, remove),
                answerForm(answer));
        box.setPadding(new Insets(0, 0, 0, 6));
        return box;
    }

    private static Region answerForm(AnswerViewModel answer) {
        ToggleGroup kind = new ToggleGroup();
        RadioButton returns = new RadioButton("Return");
        returns.setId(RETURN_ID);
        RadioButton throwing = new RadioButton("Throw");
        throwing.setId(THROW_ID);
        kind.getToggles().addAll(returns, throwing);
        kind.selectToggle(answer.throwingProperty().get() ? throwing : returns);
        answer.throwingProperty().addListener((property, old, now) -> kind.selectToggle(now ? throwing : returns));
        kind.selectedToggleProperty().addListener((property, old, now) -> {
            if (now != null) {
                answer.throwingProperty().set(now == throwing);
            }
        });
        TextArea value = new TextArea();
        value.setId(RETURN_TEXT_ID);
        value.getStyleClass().add("mock-json");
        value.setPrefRowCount(8);
        value.textProperty().bindBidirectional(answer.returnTextProperty());
        value.visibleProperty().bind(answer.throwingProperty().not());
        value.managedProperty().bind(value.visibleProperty());
        TextField error = field(ERROR_ID, "Error name, e.g. Payment.Declined", answer.errorProperty());
        TextField cause = field(CAUSE_ID, "Cause (optional)", answer.causeProperty());
        GridPane thrown = new GridPane();
        thrown.setHgap(6);
        thrown.setVgap(6);
        thrown.addRow(0, new Label("Error"), error);
        thrown.addRow(1, new Label("Cause"), cause);
        GridPane.setHgrow(error, Priority.ALWAYS);
        thrown.visibleProperty().bind(answer.throwingProperty());
        thrown.managedProperty().bind(thrown.visibleProperty());
        Label problem = MockEditorView.problem(PROBLEM_ID, answer.problemProperty());
        VBox form = new VBox(6, new HBox(12, returns, throwing), value, thrown, problem);
        VBox.setVgrow(value, Priority.ALWAYS);
        VBox.setVgrow(form, Priority.ALWAYS);
        form.disableProperty().bind(answer.editableProperty().not());
        return form;
    }

    private static TextField field(String id, String prompt, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    /** " (call 1)" for key "0", " (calls 2 to 3)" for "1-2": keys count from 0, people from 1. */
    static String ordinal(String key) {
        String[] range = key.split("-");
        int from = Integer.parseInt(range[0]) + 1;
        if (range.length == 2) {
            return " (calls " + from + " to " + (Integer.parseInt(range[1]) + 1) + ")";
        }
        return " (call " + from + ")";
    }

    /** A state with how the test case treats it, styled by kind. */
    private static final class StateCell extends ListCell<StateRow> {

        @Override
        protected void updateItem(StateRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("mock-mocked", "mock-unmocked", "mock-stale");
            if (empty || row == null) {
                setText(null);
                return;
            }
            switch (row.kind()) {
                case MOCKED -> setText("✔ " + row.state() + "  →  " + row.response());
                case UNMOCKED -> setText("○ " + row.state() + "  (not mocked)");
                case STALE -> setText("⚠ " + row.state() + "  (stale: no such Task state)");
            }
            getStyleClass().add("mock-" + row.kind().name().toLowerCase(Locale.ROOT));
        }
    }
}
