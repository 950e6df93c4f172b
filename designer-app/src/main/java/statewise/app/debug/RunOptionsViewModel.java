package statewise.app.debug;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import statewise.app.debug.model.InputCheck;
import statewise.app.debug.model.SavedInputs;
import statewise.app.debug.model.StateBreakpoint;
import statewise.app.debug.model.WorkflowFiles;
import statewise.app.debug.model.WorkflowMemory;
import statewise.app.fx.UiThread;
import statewise.engine.model.StateMachine;
import statewise.engine.run.ClockMode;
import statewise.engine.run.TaskResolver;
import statewise.engine.run.TaskSources;
import statewise.engine.run.mock.MockConfig;
import statewise.engine.run.service.RunSettings;

/**
 * What the next run uses: the execution input (checked as JSON as it is typed), the recent and the named saved
 * inputs of the workflow, the mock file and test case (found next to the workflow when there is one), and the
 * clock mode. Files are read and written on the engine's thread; results come back on the UI thread.
 */
public final class RunOptionsViewModel {

    private final UiThread ui;
    private final Executor io;
    private final WorkflowMemory memory;
    private final StringProperty input = new SimpleStringProperty("{}");
    private final ObjectBinding<InputCheck> check = Bindings.createObjectBinding(() -> InputCheck.of(input.get()),
            input);
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    private final ObservableList<String> savedNames = FXCollections.observableArrayList();
    /** The mock file and test case. */
    private final MockFileChoice mocks;
    private final ObjectProperty<ClockMode> clock = new SimpleObjectProperty<>(ClockMode.VIRTUAL);
    private final BooleanProperty answerCallbacks = new SimpleBooleanProperty(true);
    private final StringProperty message = new SimpleStringProperty("");
    private Map<String, JsonNode> saved = Map.of();
    private @Nullable WorkflowFiles files;
    /** The workflow's run settings ({@code NAME.asl.run.json}): its local S3 folder and endpoints. */
    private RunSettings runSettings = RunSettings.NONE;
    private WorkflowMemory.Entry remembered = WorkflowMemory.Entry.EMPTY;

    RunOptionsViewModel(UiThread ui, Executor io, WorkflowMemory memory) {
        this.ui = ui;
        this.io = io;
        this.memory = memory;
        this.mocks = new MockFileChoice(ui, io, message::set);
    }

    public StringProperty inputProperty() {
        return input;
    }

    public ObjectBinding<InputCheck> checkProperty() {
        return check;
    }

    public ObservableList<String> recentInputs() {
        return recent;
    }

    public ObservableList<String> savedInputNames() {
        return savedNames;
    }

    public ObjectProperty<@Nullable Path> mockFileProperty() {
        return mocks.fileProperty();
    }

    public ObservableList<String> testCases() {
        return mocks.testCases();
    }

    public StringProperty testCaseProperty() {
        return mocks.testCaseProperty();
    }

    public ObjectProperty<ClockMode> clockProperty() {
        return clock;
    }

    /** The latest problem or confirmation about inputs and mocks, for the panel's status line. */
    public StringProperty messageProperty() {
        return message;
    }

    /** The workflow's memory as last loaded (recent inputs, breakpoints). */
    WorkflowMemory.Entry remembered() {
        return remembered;
    }

    /** The key the workflow is remembered by. */
    static String key(@Nullable Path file) {
        return file == null ? "untitled" : file.toAbsolutePath().normalize().toString();
    }

    /** A workflow was opened: loads its memory, its saved inputs and the mock file next to it. */
    void workflowOpened(@Nullable Path file, Runnable loaded) {
        files = file == null ? null : new WorkflowFiles(file);
        WorkflowFiles found = files;
        io.execute(() -> {
            WorkflowMemory.Entry entry = memory.load(key(file));
            Map<String, JsonNode> inputs;
            String problem = null;
            try {
                inputs = found == null ? Map.of() : SavedInputs.read(found.inputs());
            } catch (IOException e) {
                inputs = Map.of();
                problem = e.getMessage();
            }
            Path mockPath = found == null ? null : found.mocks().orElse(null);
            RunSettings settings = RunSettings.NONE;
            if (found != null) {
                try {
                    settings = found.runSettings();
                } catch (IOException | IllegalArgumentException e) {
                    problem = e.getMessage();
                }
            }
            RunSettings readSettings = settings;
            Map<String, JsonNode> readInputs = inputs;
            String readProblem = problem;
            ui.execute(() -> {
                remembered = entry;
                runSettings = readSettings;
                recent.setAll(entry.recentInputs());
                saved = readInputs;
                savedNames.setAll(new TreeMap<>(readInputs).keySet());
                if (!entry.recentInputs().isEmpty()) {
                    input.set(entry.recentInputs().get(0));
                }
                message.set(readProblem == null ? "" : readProblem);
                if (mockPath == null) {
                    chooseMockFile(null);
                }
                loaded.run();
            });
            if (mockPath != null) {
                mocks.read(mockPath);
            }
        });
    }

    /** Uses the mock file at {@code file}, or none when null. */
    public void chooseMockFile(@Nullable Path file) {
        mocks.choose(file);
    }

    /** The named saved input {@code name} into the input editor. */
    public void useSaved(String name) {
        JsonNode value = saved.get(name);
        if (value != null) {
            input.set(value.toPrettyString());
        }
    }

    /** Saves the current input under {@code name} next to the workflow. */
    public void saveInputAs(String name) {
        InputCheck checked = check.get();
        WorkflowFiles target = files;
        if (!checked.valid() || target == null) {
            message.set(target == null ? "Save the workflow first: named inputs are kept next to it."
                    : checked.problem());
            return;
        }
        JsonNode value = checked.value();
        io.execute(() -> {
            try {
                Map<String, JsonNode> all = SavedInputs.save(target.inputs(), name, value);
                ui.execute(() -> {
                    saved = all;
                    savedNames.setAll(new TreeMap<>(all).keySet());
                    message.set("Saved input '" + name + "' in " + target.inputs().getFileName());
                });
            } catch (IOException e) {
                ui.execute(() -> message.set("Cannot save the input: " + e.getMessage()));
            }
        });
    }

    /** Remembers {@code text} as the workflow's most recent input. */
    void remember(@Nullable Path file, String text, List<StateBreakpoint> breakpoints) {
        remembered = remembered.withRecent(text).withBreakpoints(breakpoints);
        recent.setAll(remembered.recentInputs());
        store(file);
    }

    /** Remembers the workflow's breakpoints. */
    void rememberBreakpoints(@Nullable Path file, List<StateBreakpoint> breakpoints) {
        remembered = remembered.withBreakpoints(breakpoints);
        store(file);
    }

    private void store(@Nullable Path file) {
        WorkflowMemory.Entry entry = remembered;
        io.execute(() -> {
            try {
                memory.store(key(file), entry);
            } catch (IOException e) {
                ui.execute(() -> message.set("Cannot remember the inputs: " + e.getMessage()));
            }
        });
    }

    /**
     * Whether callback tasks and activities the mock test case does not answer wait for the person at the debugger
     * (true) or get the run's usual answer (the echo, or the mock file's "not mocked" failure).
     */
    public BooleanProperty answerCallbacksProperty() {
        return answerCallbacks;
    }

    /**
     * The run's task resolver for {@code definition}, from the engine's {@link TaskSources}: the chosen mock test
     * case first, then the local services of the run settings, then (with {@link #answerCallbacksProperty()} on) the
     * person for callback tasks and activities, else the test case's "not mocked" failure, or the echo without a
     * mock file.
     *
     * @throws IllegalArgumentException when the test case is not in the mock file, or mocks a state the definition
     *                                  does not have ({@code FILE:LINE:COL: error ...}), with the message to show
     */
    TaskResolver resolver(StateMachine definition) {
        return TaskSources.NONE.withMocks(mocks.resolver(definition)).withLocal(runSettings::resolver)
                .withPerson(answerCallbacks.get()).resolver();
    }

    @Nullable MockConfig mocks() {
        return mocks.mocks();
    }
}
