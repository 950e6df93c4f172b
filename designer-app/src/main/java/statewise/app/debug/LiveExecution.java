package statewise.app.debug;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;
import statewise.app.debug.model.DefinitionSnapshot;
import statewise.app.debug.model.EventBatcher;
import statewise.app.debug.model.ExecutionRecord;
import statewise.app.fx.UiThread;
import statewise.app.session.DocumentSession;
import statewise.engine.run.DebugOptions;
import statewise.engine.run.DebugSession;
import statewise.engine.run.Execution;
import statewise.engine.run.ExecutionRequest;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.Paused;
import statewise.engine.run.history.HistoryEvent;

/**
 * The one execution that runs now (part of the {@link DebuggerViewModel}): starts it on its own thread with its
 * events batched to the UI thread, follows where it pauses (selecting the state it paused at) and how it ends, and
 * hands the user's commands (pause, step, stop, a new input or variable) and the breakpoints to it.
 */
final class LiveExecution {

    private final DocumentSession session;
    private final UiThread ui;
    private final Clock clock;
    private final CallbacksViewModel callbacks;
    private final StringProperty message;
    private final ReadOnlyObjectWrapper<@Nullable ExecutionRecord> live = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<@Nullable Paused> paused = new ReadOnlyObjectWrapper<>();
    private @Nullable Execution execution;
    private int counter;

    /** {@code message} gets how an execution started, paused and ended. */
    LiveExecution(DocumentSession session, UiThread ui, Clock clock, CallbacksViewModel callbacks,
            StringProperty message) {
        this.session = session;
        this.ui = ui;
        this.clock = clock;
        this.callbacks = callbacks;
        this.message = message;
    }

    ReadOnlyObjectProperty<@Nullable ExecutionRecord> liveProperty() {
        return live.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<@Nullable Paused> pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    /** True while an execution runs. */
    boolean running() {
        return execution != null;
    }

    /**
     * Starts {@code request} as the live execution, with a new record named after {@code kind}, which
     * {@code started} gets before the execution's end is followed.
     */
    ExecutionRecord launch(ExecutionRequest request, DefinitionSnapshot definition, ExecutionRecord.Kind kind,
            DebugOptions debug, Consumer<ExecutionRecord> started) {
        counter++;
        ExecutionRecord record = new ExecutionRecord(kind.label() + " " + counter, kind, clock.instant(),
                definition.pointers());
        EventBatcher<HistoryEvent> batcher = new EventBatcher<>(ui, record::append);
        DebugSession.Listener pauses = new DebugSession.Listener() {
            @Override
            public void paused(Paused where) {
                ui.execute(() -> pausedAt(record, where));
            }

            @Override
            public void resumed() {
                ui.execute(() -> pausedAt(record, null));
            }
        };
        List<DebugSession.Listener> listeners = new ArrayList<>(debug.listeners());
        listeners.add(pauses);
        Execution begun = Execution.start(request, List.of(batcher::offer),
                new DebugOptions(debug.startPaused(), debug.breakpoints(), listeners));
        execution = begun;
        live.set(record);
        callbacks.attach(begun.callbacks());
        started.accept(record);
        begun.result().whenComplete((result, failure) -> ui.execute(() -> ended(record, result, failure)));
        return record;
    }

    /** Gives the live execution {@code command}, when one runs. */
    void control(Consumer<DebugSession> command) {
        Execution current = execution;
        if (current != null) {
            command.accept(current.debug());
        }
    }

    /** While paused before a state: gives it {@code input} instead; false when that is not possible now. */
    boolean replaceInput(JsonNode input) {
        Execution current = execution;
        return current != null && current.debug().replaceInput(input);
    }

    /** While paused before a state: sets a variable in its scope; false when that is not possible now. */
    boolean setVariable(String name, JsonNode value) {
        Execution current = execution;
        return current != null && current.debug().setVariable(name, value);
    }

    private void pausedAt(ExecutionRecord record, @Nullable Paused where) {
        record.pausedProperty().set(where);
        if (live.get() == record) {
            paused.set(where);
            if (where != null) {
                String pointer = record.board().pointerOf(where.stateName());
                if (pointer != null) {
                    session.select(pointer, this);
                }
                message.set("Paused (" + where.reason().name().toLowerCase(Locale.ROOT) + ") "
                        + (where.beforeEntry() ? "before " : "in ") + where.stateName());
            }
        }
    }

    private void ended(ExecutionRecord record, @Nullable ExecutionResult result, @Nullable Throwable failure) {
        if (result != null) {
            record.finish(result);
            message.set(record.name() + " ended " + result.status()
                    + (result.error() == null ? "" : ": " + result.error()));
        } else {
            String why = failure == null ? "unknown" : String.valueOf(failure.getMessage());
            record.crash("The engine stopped unexpectedly: " + why);
            message.set(record.noteProperty().get());
        }
        if (live.get() == record) {
            live.set(null);
            paused.set(null);
            execution = null;
            callbacks.attach(null);
        }
    }
}
