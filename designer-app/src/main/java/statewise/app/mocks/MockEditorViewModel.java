package statewise.app.mocks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import statewise.app.fx.UiThread;
import statewise.engine.model.StateMachine;
import statewise.engine.suite.Coverage;
import statewise.engine.suite.MockFileEdits;
import statewise.engine.suite.MockSkeleton;
import statewise.engine.suite.SuiteFileEdits;

/**
 * The mock editor's state and commands: the workflow's mock test cases, the states of the chosen one (mocked, not
 * mocked, stale), the invocations of the chosen state's response and their answer ({@link AnswerViewModel}), and
 * the test case's expectations ({@link ExpectationViewModel}). Every edit is a pure function of both files
 * ({@code MockFileEdits}, {@code SuiteFileEdits}) pushed on a snapshot history, so each one undoes in one step and
 * the history says whether there is anything to save. Files are read and written on the engine's thread.
 */
public final class MockEditorViewModel {

    private final UiThread ui;
    private final Executor io;
    private final SnapshotHistory<EditorFiles> history = new SnapshotHistory<>(new EditorFiles(
            JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.objectNode()));
    private final ObservableList<String> testCases = FXCollections.observableArrayList();
    private final StringProperty testCase = new SimpleStringProperty();
    private final ObservableList<StateRow> states = FXCollections.observableArrayList();
    private final StringProperty state = new SimpleStringProperty();
    private final ObservableList<String> invocations = FXCollections.observableArrayList();
    private final StringProperty invocation = new SimpleStringProperty();
    private final AnswerViewModel answer = new AnswerViewModel(this::commit);
    private final ExpectationViewModel expectation = new ExpectationViewModel(this::commit);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper files = new ReadOnlyStringWrapper("");
    private final StringProperty message = new SimpleStringProperty("");
    private @Nullable MockWorkspace workspace;
    private @Nullable StateMachine machine;
    private List<String> allStates = List.of();
    private boolean refreshing;

    public MockEditorViewModel(UiThread ui, Executor io) {
        this.ui = ui;
        this.io = io;
        testCase.addListener((property, old, now) -> refresh(true));
        state.addListener((property, old, now) -> refresh(true));
        invocation.addListener((property, old, now) -> refresh(true));
    }

    /**
     * Reads the mock and expectations files next to {@code definition} for {@code workflow}, then chooses test case
     * {@code preferredCase} (else the first) and state {@code focusState}; {@code opened} runs once they show.
     */
    public void open(Path definition, StateMachine workflow, @Nullable String preferredCase,
            @Nullable String focusState, Runnable opened) {
        io.execute(() -> {
            try {
                MockWorkspace.Loaded loaded = MockWorkspace.load(definition);
                ui.execute(() -> {
                    show(loaded, workflow);
                    focus(preferredCase, focusState);
                    opened.run();
                });
            } catch (IOException e) {
                ui.execute(() -> {
                    ready.set(false);
                    message.set(e.getMessage() + " — fix the file, then open the mock editor again.");
                    opened.run();
                });
            }
        });
    }

    private void show(MockWorkspace.Loaded loaded, StateMachine workflow) {
        workspace = loaded.workspace();
        machine = workflow;
        allStates = Coverage.of(workflow, List.of()).states().stream().map(Coverage.StateCoverage::state).toList();
        history.reset(loaded.files());
        files.set(loaded.workspace().mocks().getFileName() + " · " + loaded.workspace().tests().getFileName());
        ready.set(true);
        message.set("");
        flags();
        refresh(true);
    }

    /** Chooses test case {@code name} (when it exists, else keeps the choice) and state {@code stateName}. */
    public void focus(@Nullable String name, @Nullable String stateName) {
        if (name != null && testCases.contains(name)) {
            testCase.set(name);
        }
        if (stateName != null && states.stream().anyMatch(r -> r.state().equals(stateName))) {
            state.set(stateName);
        }
    }

    public ObservableList<String> testCases() {
        return testCases;
    }

    public StringProperty testCaseProperty() {
        return testCase;
    }

    public ObservableList<StateRow> states() {
        return states;
    }

    public StringProperty stateProperty() {
        return state;
    }

    public ObservableList<String> invocations() {
        return invocations;
    }

    public StringProperty invocationProperty() {
        return invocation;
    }

    public AnswerViewModel answer() {
        return answer;
    }

    public ExpectationViewModel expectation() {
        return expectation;
    }

    /** Whether the files were read and can be edited. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** Whether there are edits that are not saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The two files edited, for the window's title. */
    public ReadOnlyStringProperty filesProperty() {
        return files.getReadOnlyProperty();
    }

    /** The latest problem or confirmation. */
    public StringProperty messageProperty() {
        return message;
    }

    /** The mock file being edited, or null before one was read. */
    public @Nullable Path mockFile() {
        return workspace == null ? null : workspace.mocks();
    }

    /** Adds test case {@code name}: every Task state mocked with a placeholder, expected to succeed. */
    public boolean addTestCase(String name) {
        String stripped = name.strip();
        StateMachine workflow = machine;
        if (stripped.isEmpty() || workflow == null) {
            message.set("A test case needs a name.");
            return false;
        }
        String sm = stateMachine();
        boolean added = commit(f -> new EditorFiles(MockFileEdits.addTestCase(f.mocks(), workflow, sm, stripped),
                SuiteFileEdits.addTest(f.tests(), stripped)), "Add test case '" + stripped + "'", null);
        if (added) {
            testCase.set(stripped);
        }
        return added;
    }

    /** Renames the chosen test case, and its test in the expectations file. */
    public boolean renameTestCase(String name) {
        String from = testCase.get();
        String to = name.strip();
        if (from == null || from.equals(to)) {
            return false;
        }
        String sm = stateMachine();
        boolean renamed = commit(f -> new EditorFiles(MockFileEdits.renameTestCase(f.mocks(), sm, from, to),
                SuiteFileEdits.renameTest(f.tests(), from, to)), "Rename test case '" + from + "'", null);
        if (renamed) {
            testCase.set(to);
        }
        return renamed;
    }

    /** Removes the chosen test case, its test and the responses only it used. */
    public void removeTestCase() {
        String name = testCase.get();
        if (name != null) {
            String sm = stateMachine();
            commit(f -> new EditorFiles(MockFileEdits.removeTestCase(f.mocks(), sm, name),
                    SuiteFileEdits.removeTest(f.tests(), name)), "Remove test case '" + name + "'", null);
        }
    }

    /** Mocks the chosen state in the chosen test case with a placeholder response of its own. */
    public void mockState() {
        String name = testCase.get();
        String chosen = state.get();
        StateMachine workflow = machine;
        if (name != null && chosen != null && workflow != null) {
            String sm = stateMachine();
            commit(f -> f.withMocks(MockFileEdits.mockState(f.mocks(), workflow, sm, name, chosen)),
                    "Mock '" + chosen + "'", null);
        }
    }

    /** Stops mocking the chosen state (a stale one is removed from the test case). */
    public void unmockState() {
        String name = testCase.get();
        String chosen = state.get();
        if (name != null && chosen != null) {
            String sm = stateMachine();
            commit(f -> f.withMocks(MockFileEdits.unmockState(f.mocks(), sm, name, chosen)),
                    "Stop mocking '" + chosen + "'", null);
        }
    }

    /** Adds an invocation after the last one the chosen response answers, answering as the last does. */
    public void addInvocation() {
        String response = response();
        if (response != null) {
            String[] key = new String[1];
            if (commit(f -> {
                MockFileEdits.Added added = MockFileEdits.addInvocation(f.mocks(), response);
                key[0] = added.key();
                return f.withMocks(added.file());
            }, "Add an invocation", null)) {
                invocation.set(key[0]);
            }
        }
    }

    /** Removes the chosen invocation of the chosen response. */
    public void removeInvocation() {
        String response = response();
        String key = invocation.get();
        if (response != null && key != null) {
            commit(f -> f.withMocks(MockFileEdits.removeInvocation(f.mocks(), response, key)),
                    "Remove invocation " + key, null);
        }
    }

    public void undo() {
        history.undo();
        flags();
        refresh(true);
    }

    public void redo() {
        history.redo();
        flags();
        refresh(true);
    }

    /** Writes both files on the engine's thread; {@code saved} runs on the UI thread when they are written. */
    public void save(Runnable saved) {
        MockWorkspace target = workspace;
        if (target == null) {
            return;
        }
        EditorFiles saving = history.current();
        io.execute(() -> {
            try {
                target.save(saving);
                ui.execute(() -> {
                    if (history.current() == saving) {
                        history.markSaved();
                        flags();
                    }
                    message.set("Saved " + files.get().replace(" · ", " and ") + ".");
                    saved.run();
                });
            } catch (IOException e) {
                ui.execute(() -> message.set("Not saved: " + e.getMessage()));
            }
        });
    }

    private boolean commit(UnaryOperator<EditorFiles> edit, String label, @Nullable String key) {
        if (!ready.get()) {
            return false;
        }
        EditorFiles next;
        try {
            next = edit.apply(history.current());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return false;
        }
        history.push(next, label, key);
        message.set("");
        flags();
        refresh(key == null);
        return true;
    }

    private void flags() {
        dirty.set(history.dirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    private String stateMachine() {
        return workspace == null ? "" : workspace.stateMachine();
    }

    private @Nullable String response() {
        String chosen = state.get();
        return states.stream().filter(r -> r.state().equals(chosen)).map(StateRow::response)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Brings the lists in line with the current files, keeping the choices that still exist. */
    private void refresh(boolean reloadForms) {
        if (refreshing) {
            return;
        }
        refreshing = true;
        try {
            EditorFiles current = history.current();
            String sm = stateMachine();
            update(testCases, MockFileEdits.testCases(current.mocks(), sm));
            keepOrFirst(testCase, testCases);
            update(states, rows(current, sm, testCase.get()));
            keepOrFirst(state, states.stream().map(StateRow::state).toList());
            String response = response();
            update(invocations, response == null ? List.of() : MockFileEdits.invocations(current.mocks(), response));
            keepOrFirst(invocation, invocations);
        } finally {
            refreshing = false;
        }
        if (reloadForms) {
            loadForms();
        }
    }

    private void loadForms() {
        EditorFiles current = history.current();
        String response = response();
        List<String> others = response == null ? List.of() : MockFileEdits.usersOf(current.mocks(), response)
                .stream().filter(u -> !u.equals(stateMachine() + "/" + testCase.get())).toList();
        answer.load(current, response, invocation.get(), others.isEmpty() ? "" : "Response '" + response
                + "' also answers " + String.join(", ", others) + ": changing it changes theirs too.");
        expectation.load(current, testCase.get(), allStates);
    }

    private List<StateRow> rows(EditorFiles current, String sm, @Nullable String name) {
        return name == null || machine == null ? List.of()
                : StateRow.of(MockFileEdits.mapping(current.mocks(), sm, name), MockSkeleton.taskStates(machine));
    }

    private static <T> void update(ObservableList<T> list, List<T> items) {
        if (!list.equals(items)) {
            list.setAll(items);
        }
    }

    private static void keepOrFirst(StringProperty choice, List<String> items) {
        if (choice.get() == null || !items.contains(choice.get())) {
            choice.set(items.isEmpty() ? null : items.get(0));
        }
    }
}
