package statewise.app.debug;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.jspecify.annotations.Nullable;
import statewise.app.debug.model.DefinitionSnapshot;
import statewise.app.debug.model.ExecutionRecord;
import statewise.app.debug.model.RerunPoint;
import statewise.app.session.DocumentSession;
import statewise.app.session.StatePointers;
import statewise.engine.run.DebugOptions;
import statewise.engine.run.ExecutionRequest;
import statewise.engine.run.StartPoint;

/**
 * Re-runs the shown execution from one of its top-level states, with the input that state received in it and the
 * variables set before it (both editable first): the engine starts the new execution at that state. A paused
 * execution is stopped first; the new one starts once it has ended.
 */
final class RerunFromState {

    private final DebuggerViewModel model;
    private final DocumentSession session;

    RerunFromState(DebuggerViewModel model, DocumentSession session) {
        this.model = model;
        this.session = session;
    }

    /** Where a re-run of the shown execution from the state at {@code pointer} starts, or why it cannot. */
    RerunPoint.Found pointAt(@Nullable String pointer) {
        ExecutionRecord shown = model.shownProperty().get();
        if (shown == null) {
            return RerunPoint.Found.refused("Run the workflow first: a re-run starts from a state of an execution.");
        }
        String state = pointer == null ? null
                : StatePointers.enclosingState(pointer, session.document().modelDocument().kind());
        if (state == null || state.isEmpty()) {
            return RerunPoint.Found.refused("Select the state to re-run from.");
        }
        DefinitionSnapshot definition = DefinitionSnapshot.of(session.document());
        if (definition.machine() == null) {
            return RerunPoint.Found.refused(String.valueOf(definition.problem()));
        }
        return RerunPoint.of(shown.events(), definition.machine(), StatePointers.name(state));
    }

    /**
     * Starts a new execution at {@code point}'s state, under the debugger when {@code debug} (pausing at
     * breakpoints, or before that state when there are none).
     */
    void start(RerunPoint point, boolean debug) {
        ExecutionRecord live = model.liveProperty().get();
        if (live == null) {
            launch(point, debug);
        } else if (model.pausedProperty().get() != null) {
            ChangeListener<@Nullable ExecutionRecord> ended = new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends @Nullable ExecutionRecord> property,
                        @Nullable ExecutionRecord old, @Nullable ExecutionRecord now) {
                    if (now == null) {
                        model.liveProperty().removeListener(this);
                        launch(point, debug);
                    }
                }
            };
            model.liveProperty().addListener(ended);
            model.stop();
        } else {
            model.messageProperty().set("An execution is running; stop it first.");
        }
    }

    private void launch(RerunPoint point, boolean debug) {
        DefinitionSnapshot definition = DefinitionSnapshot.of(session.document());
        ExecutionRequest request = model.request(definition, point.input());
        if (request == null) {
            return;
        }
        StartPoint start = new StartPoint(point.stateName(), point.variables());
        String problem = start.problem(request.stateMachine()).orElse(null);
        if (problem != null) {
            model.messageProperty().set(problem);
            return;
        }
        DebugOptions options = debug ? new DebugOptions(model.breakpoints().pointers().isEmpty(),
                model.breakpoints().engineBreakpoints(), List.of()) : DebugOptions.NONE;
        ExecutionRecord record = model.launch(request.withStart(start), definition, ExecutionRecord.Kind.RERUN,
                options);
        record.noteProperty().set("Started at " + point.stateName() + " with the input it received earlier.");
    }
}
