package statewise.app.debug;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import statewise.engine.run.TaskCallbacks;

/**
 * One "Waiting for callback" row per task of the live execution that waits for the user's answer, above the event
 * history, each with an Answer… button that opens the {@link CallbackDialog}. Hidden while no task waits.
 */
final class CallbacksView {

    static final String ID = "debug-callbacks";
    static final String ROW_CLASS = "callback-row";
    static final String ANSWER_CLASS = "callback-answer";

    private final VBox root = new VBox(2);
    private final CallbacksViewModel model;
    private final Supplier<@Nullable Window> owner;
    private final Consumer<String> told;

    CallbacksView(CallbacksViewModel model, Supplier<@Nullable Window> owner, Consumer<String> told) {
        this.model = model;
        this.owner = owner;
        this.told = told;
        root.setId(ID);
        root.getStyleClass().add("debug-callbacks");
        root.setPadding(new Insets(4, 6, 4, 6));
        model.waiting().addListener((ListChangeListener<TaskCallbacks.Waiting>) change -> rebuild());
        rebuild();
    }

    Region node() {
        return root;
    }

    /** Opens the dialog for the task with {@code token}, when it still waits. */
    void answer(String token) {
        TaskCallbacks.Waiting task = model.find(token);
        if (task != null) {
            new CallbackDialog(model, task, owner.get(), told).show();
        }
    }

    private void rebuild() {
        root.getChildren().clear();
        for (TaskCallbacks.Waiting task : model.waiting()) {
            Label text = new Label("Waiting for callback: " + task.stateName() + " (" + task.resource() + ")");
            text.setGraphic(new FontIcon(MaterialDesignT.TIMER_SAND));
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button answer = new Button("Answer…");
            answer.getStyleClass().add(ANSWER_CLASS);
            answer.setMinWidth(Region.USE_PREF_SIZE);
            answer.setUserData(task.token());
            answer.setOnAction(event -> answer(task.token()));
            HBox row = new HBox(6, text, answer);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add(ROW_CLASS);
            root.getChildren().add(row);
        }
        root.setVisible(!model.waiting().isEmpty());
        root.setManaged(!model.waiting().isEmpty());
    }
}
