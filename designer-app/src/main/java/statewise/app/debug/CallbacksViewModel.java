package statewise.app.debug;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import statewise.app.debug.model.InputCheck;
import statewise.app.fx.UiThread;
import statewise.engine.run.TaskCallbacks;

/**
 * The tasks of the live execution that wait for the user's answer (callback tasks, activities), and the answers
 * the user sends them: SendTaskSuccess with output JSON (checked before it is sent), SendTaskFailure with an error
 * and a cause, SendTaskHeartbeat. The engine tells of every change on its own thread; the list follows on the UI
 * thread, at most once per pulse.
 */
public final class CallbacksViewModel {

    /** AWS's limits of SendTaskFailure's members. */
    static final int MAX_ERROR = 256;
    static final int MAX_CAUSE = 32_768;

    /** What became of an answer: sent, or why not (nothing was sent then). */
    public record Sent(boolean sent, String message) {
    }

    private final UiThread ui;
    private final ObservableList<TaskCallbacks.Waiting> waiting = FXCollections.observableArrayList();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private @Nullable TaskCallbacks current;

    public CallbacksViewModel(UiThread ui) {
        this.ui = ui;
    }

    /** The tasks waiting now, in the order they began waiting. */
    public ObservableList<TaskCallbacks.Waiting> waiting() {
        return waiting;
    }

    /** Follows the callbacks of the execution that starts now, or of none (null) when it ended. */
    void attach(@Nullable TaskCallbacks callbacks) {
        current = callbacks;
        if (callbacks != null) {
            callbacks.addListener(() -> {
                if (current == callbacks && scheduled.compareAndSet(false, true)) {
                    ui.execute(this::refresh);
                }
            });
        }
        refresh();
    }

    /** SendTaskSuccess with {@code outputText}, which must be JSON. */
    public Sent sendSuccess(String token, String outputText) {
        if (outputText.isBlank()) {
            return new Sent(false, "Enter the task's output as JSON, e.g. {\"approved\": true}.");
        }
        InputCheck output = InputCheck.of(outputText);
        JsonNode value = output.value();
        if (value == null) {
            return new Sent(false, String.valueOf(output.problem()).replaceFirst("^The input", "The output"));
        }
        TaskCallbacks callbacks = current;
        return reply(callbacks == null ? null : callbacks.sendTaskSuccess(token, value), token,
                "Sent task success to ");
    }

    /** SendTaskFailure with {@code error} and {@code cause}; both may be empty, as on AWS. */
    public Sent sendFailure(String token, String error, String cause) {
        if (error.length() > MAX_ERROR) {
            return new Sent(false, "The error is " + error.length() + " characters long; AWS takes at most "
                    + MAX_ERROR + ".");
        }
        if (cause.length() > MAX_CAUSE) {
            return new Sent(false, "The cause is " + cause.length() + " characters long; AWS takes at most "
                    + MAX_CAUSE + ".");
        }
        TaskCallbacks callbacks = current;
        return reply(callbacks == null ? null : callbacks.sendTaskFailure(token, error.isEmpty() ? null : error,
                cause.isEmpty() ? null : cause), token, "Sent task failure to ");
    }

    /** SendTaskHeartbeat: the task's HeartbeatSeconds start again. */
    public Sent sendHeartbeat(String token) {
        TaskCallbacks callbacks = current;
        return reply(callbacks == null ? null : callbacks.sendTaskHeartbeat(token), token,
                "Sent a heartbeat to ");
    }

    /** The waiting task with {@code token}, or null when it no longer waits. */
    public TaskCallbacks.@Nullable Waiting find(String token) {
        return waiting.stream().filter(w -> w.token().equals(token)).findFirst().orElse(null);
    }

    private Sent reply(TaskCallbacks.@Nullable Reply reply, String token, String done) {
        TaskCallbacks.Waiting task = find(token);
        String state = task == null ? "The task" : task.stateName();
        if (reply != TaskCallbacks.Reply.ACCEPTED) {
            return new Sent(false, state + " no longer waits: it was answered, timed out, or its execution ended.");
        }
        return new Sent(true, done + state + ".");
    }

    private void refresh() {
        scheduled.set(false);
        TaskCallbacks callbacks = current;
        List<TaskCallbacks.Waiting> now = callbacks == null ? List.of() : callbacks.waiting();
        if (!now.equals(waiting)) {
            waiting.setAll(now);
        }
    }
}
