package statewise.app.debug;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import org.jspecify.annotations.Nullable;
import statewise.app.debug.model.BreakpointLimit;
import statewise.app.debug.model.BreakpointModel;
import statewise.app.debug.model.DefinitionSnapshot;
import statewise.app.debug.model.ExecutionRecord;
import statewise.app.debug.model.InputCheck;
import statewise.app.debug.model.WorkflowMemory;
import statewise.app.fx.UiThread;
import statewise.app.session.DocumentSession;
import statewise.engine.model.StateMachine;
import statewise.engine.replay.RecordedExecution;
import statewise.engine.run.DebugOptions;
import statewise.engine.run.DebugSession;
import statewise.engine.run.Execution;
import statewise.engine.run.ExecutionRequest;
import statewise.engine.run.Paused;
import statewise.engine.run.TaskResolver;

/**
 * The debugger's state and commands: the executions kept (newest first) and the one shown, the live one and
 * whether it is paused, the breakpoints, and run, debug, pause, step, continue and stop. Executions run on their
 * own threads through the engine's {@link Execution}; their events come back in batches, at most one per pulse
 * (see {@link LiveExecution}).
 */
public final class DebuggerViewModel {

    private final DocumentSession session;
    private final Clock clock;
    private final RunOptionsViewModel options;
    private final BreakpointModel breakpoints = new BreakpointModel();
    private final CallbacksViewModel callbacks;
    private final ObservableList<ExecutionRecord> executions = FXCollections.observableArrayList();
    private final ObjectProperty<@Nullable ExecutionRecord> shown = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final LiveExecution live;
    private final BooleanBinding running;
    private final ReplayRuns replays;
    private final RerunFromState fromState;

    public DebuggerViewModel(DocumentSession session, UiThread ui, Executor io, Path memoryFile, Clock clock) {
        this.session = session;
        this.clock = clock;
        this.options = new RunOptionsViewModel(ui, io, new WorkflowMemory(memoryFile));
        this.callbacks = new CallbacksViewModel(ui);
        this.live = new LiveExecution(session, ui, clock, callbacks, message);
        this.running = live.liveProperty().isNotNull();
        this.replays = new ReplayRuns(this, session);
        this.fromState = new RerunFromState(this, session);
        breakpoints.pointers().addListener((SetChangeListener<String>) change -> breakpointsChanged());
        breakpoints.limits().addListener((MapChangeListener<String, BreakpointLimit>) change -> breakpointsChanged());
        new BreakpointMemory(breakpoints, options, session, ui);
    }

    public RunOptionsViewModel options() {
        return options;
    }

    public BreakpointModel breakpoints() {
        return breakpoints;
    }

    /** The tasks of the live execution that wait for the user's answer. */
    public CallbacksViewModel callbacks() {
        return callbacks;
    }

    public ObservableList<ExecutionRecord> executions() {
        return executions;
    }

    /** The execution the table, the canvas colours and the inspector show. */
    public ObjectProperty<@Nullable ExecutionRecord> shownProperty() {
        return shown;
    }

    /** The execution that is running now, or null. */
    public ReadOnlyObjectProperty<@Nullable ExecutionRecord> liveProperty() {
        return live.liveProperty();
    }

    /** Where the live execution is paused, or null while it runs or when none runs. */
    public ReadOnlyObjectProperty<@Nullable Paused> pausedProperty() {
        return live.pausedProperty();
    }

    public BooleanBinding runningProperty() {
        return running;
    }

    /** The latest message for the user: why a run did not start, how one ended. */
    public StringProperty messageProperty() {
        return message;
    }

    /** Runs the workflow to its end (breakpoints ignored). */
    public void run() {
        start(false);
    }

    /** Runs under the debugger: pauses at breakpoints, or before the first state when there are none. */
    public void debug() {
        start(true);
    }

    public void stop() {
        control(DebugSession::stop);
    }

    public void pause() {
        control(DebugSession::pause);
    }

    public void resume() {
        control(DebugSession::resume);
    }

    public void stepEvent() {
        control(DebugSession::stepEvent);
    }

    public void stepState() {
        control(DebugSession::stepState);
    }

    /** While paused before a state: gives it {@code input} instead; false when that is not possible now. */
    public boolean replacePausedInput(JsonNode input) {
        return live.replaceInput(input);
    }

    /** While paused before a state: sets a variable in its scope; false when that is not possible now. */
    public boolean setPausedVariable(String name, JsonNode value) {
        return live.setVariable(name, value);
    }

    /** Shows a recorded execution read from a history file, as the table and the canvas show a local run. */
    public ExecutionRecord showRecorded(RecordedExecution recording) {
        return replays.show(recording);
    }

    /** Whether the shown execution is a recorded one that can be re-run locally. */
    public BooleanBinding canRerun() {
        return replays.canRerun();
    }

    /** Re-runs the shown recorded execution locally (see {@link ReplayRuns#rerun}). */
    public void rerunShown() {
        replays.rerunShown();
    }

    private void start(boolean debug) {
        if (live.running()) {
            message.set("An execution is running; stop it first.");
            return;
        }
        DefinitionSnapshot definition = DefinitionSnapshot.of(session.document());
        InputCheck input = options.checkProperty().get();
        JsonNode value = input.value();
        if (value == null) {
            message.set(definition.machine() == null ? definition.problem() : input.problem());
            return;
        }
        ExecutionRequest request = request(definition, value);
        if (request == null) {
            return;
        }
        options.remember(session.fileProperty().get(), options.inputProperty().get(), breakpoints.all());
        DebugOptions debugOptions = debug
                ? new DebugOptions(breakpoints.pointers().isEmpty(), breakpoints.engineBreakpoints(), List.of())
                : DebugOptions.NONE;
        launch(request, definition, debug ? ExecutionRecord.Kind.DEBUG : ExecutionRecord.Kind.RUN, debugOptions);
    }

    /**
     * A request to run {@code definition} on {@code input} with the run options (clock, mocks, callbacks), or null
     * when the definition or the options do not allow a run (the message says why).
     */
    @Nullable ExecutionRequest request(DefinitionSnapshot definition, JsonNode input) {
        StateMachine machine = definition.machine();
        if (machine == null) {
            message.set(definition.problem());
            return null;
        }
        TaskResolver resolver;
        try {
            resolver = options.resolver(machine);
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return null;
        }
        return ExecutionRequest.of(machine, input).withClock(options.clockProperty().get())
                .withStartTime(clock.instant()).withResolver(resolver);
    }

    /** Re-runs the shown execution from one of its states (see {@link RerunFromState}). */
    RerunFromState fromState() {
        return fromState;
    }

    /** Starts {@code request} as the live execution and shows it (see {@link LiveExecution#launch}). */
    ExecutionRecord launch(ExecutionRequest request, DefinitionSnapshot definition,
            ExecutionRecord.Kind kind, DebugOptions debug) {
        return live.launch(request, definition, kind, debug, record -> {
            add(record);
            message.set(record.name() + " started");
        });
    }

    void add(ExecutionRecord record) {
        executions.add(0, record);
        shown.set(record);
    }

    private void control(Consumer<DebugSession> command) {
        live.control(command);
    }

    /** Hands the breakpoints to the live execution, which takes them at once. */
    private void breakpointsChanged() {
        live.control(debug -> debug.setBreakpoints(breakpoints.engineBreakpoints()));
    }
}
