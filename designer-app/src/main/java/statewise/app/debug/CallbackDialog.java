package statewise.app.debug;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import statewise.app.debug.model.InputCheck;
import statewise.engine.run.TaskCallbacks;

/**
 * Answers one waiting task as a worker or a callback handler would on AWS: task success with output JSON (checked
 * as it is typed), task failure with an error and a cause, or a heartbeat. It shows what the task sent out (its
 * input, with the task token) so the answer can be written against it. Sending keeps the dialog open when the
 * answer is refused (bad JSON, the task no longer waits) and says why; a heartbeat keeps it open too.
 */
final class CallbackDialog {

    static final String OUTPUT_ID = "callback-output";
    static final String ERROR_ID = "callback-error";
    static final String CAUSE_ID = "callback-cause";
    static final String PROBLEM_ID = "callback-problem";
    static final String SUCCESS_ID = "callback-success";
    static final String FAILURE_ID = "callback-failure";
    static final String HEARTBEAT_ID = "callback-heartbeat";
    static final String STYLE_CLASS = "callback-dialog";

    private static final ButtonType SEND = new ButtonType("Send", ButtonBar.ButtonData.OK_DONE);
    private static final ButtonType HEARTBEAT = new ButtonType("Send Heartbeat", ButtonBar.ButtonData.OTHER);

    private final JsonFormDialog form;
    private final CallbacksViewModel model;
    private final TaskCallbacks.Waiting task;
    private final Consumer<String> told;
    private final RadioButton success = new RadioButton("Task success");
    private final RadioButton failure = new RadioButton("Task failure");
    private final TextArea output = JsonFormDialog.jsonArea(OUTPUT_ID, "{}", 6, this::check);
    private final TextField error = new TextField();
    private final TextField cause = new TextField();

    /** @param told hears what became of each answer sent (for the debugger's message line) */
    CallbackDialog(CallbacksViewModel model, TaskCallbacks.Waiting task, @Nullable Window owner,
            Consumer<String> told) {
        this.model = model;
        this.task = task;
        this.told = told;
        form = new JsonFormDialog(owner, "Answer " + task.stateName(), task.stateName() + " waits for a callback ("
                + task.pattern().name().toLowerCase(Locale.ROOT) + ")\n" + task.resource(), STYLE_CLASS, PROBLEM_ID,
                SEND, HEARTBEAT, ButtonType.CLOSE);
        form.setContent(content());
        form.onPress(SEND, null, this::send);
        form.onPress(HEARTBEAT, HEARTBEAT_ID, () -> {
            report(model.sendHeartbeat(task.token()));
            return false;
        });
        Dialog<ButtonType> dialog = form.dialog();
        ListChangeListener<TaskCallbacks.Waiting> gone = change -> {
            if (model.find(task.token()) == null && dialog.isShowing()) {
                dialog.close();
            }
        };
        model.waiting().addListener(gone);
        dialog.setOnHidden(event -> model.waiting().removeListener(gone));
    }

    void show() {
        form.show(output);
    }

    private Node[] content() {
        ToggleGroup kind = new ToggleGroup();
        success.setToggleGroup(kind);
        failure.setToggleGroup(kind);
        success.setId(SUCCESS_ID);
        failure.setId(FAILURE_ID);
        success.setSelected(true);
        output.disableProperty().bind(failure.selectedProperty());
        error.setId(ERROR_ID);
        error.setPromptText("Error, e.g. Rejected");
        cause.setId(CAUSE_ID);
        cause.setPromptText("Cause");
        error.disableProperty().bind(success.selectedProperty());
        cause.disableProperty().bind(success.selectedProperty());
        GridPane failureFields = new GridPane();
        failureFields.setHgap(6);
        failureFields.setVgap(4);
        failureFields.addRow(0, new Label("Error"), error);
        failureFields.addRow(1, new Label("Cause"), cause);
        JsonTree sent = new JsonTree("callback-input");
        sent.show("Sent by the task", task.input());
        sent.node().setPrefHeight(130);
        Label token = new Label("Task token: " + task.token());
        token.getStyleClass().add("debug-detail");
        return new Node[] {sent.node(), token, new HBox(12, success, failure), output, failureFields};
    }

    private void check() {
        InputCheck parsed = InputCheck.of(output.getText());
        form.setProblem(parsed.valid() || !success.isSelected() ? "" : JsonFormDialog.problemOf(parsed, "The output"));
    }

    /** Sends the answer chosen; true when it was taken (the dialog closes). */
    private boolean send() {
        return report(success.isSelected() ? model.sendSuccess(task.token(), output.getText())
                : model.sendFailure(task.token(), error.getText(), cause.getText()));
    }

    private boolean report(CallbacksViewModel.Sent sent) {
        form.setProblem(sent.sent() ? "" : sent.message());
        if (sent.sent()) {
            told.accept(sent.message());
        }
        return sent.sent();
    }
}
