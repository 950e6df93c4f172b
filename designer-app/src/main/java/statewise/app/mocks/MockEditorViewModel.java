package statewise.app.mocks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import statewise.app.fx.UiThread;
import statewise.engine.model.StateMachine;
import statewise.engine.suite.Coverage;
import statewise.engine.suite.MockFileEdits;

/**
 * The mock editor's state and commands: the workflow's mock test cases, the states of the chosen one (mocked, not
 * mocked, stale) and the invocations of the chosen state's response ({@link MockChoices}), their answer
 * ({@link AnswerViewModel}), the test case's expectations ({@link ExpectationViewModel}), and the commands on test
 * cases, states and invocations ({@link MockEdits}). Every edit is a pure function of both files
 * ({@code MockFileEdits}, {@code SuiteFileEdits}) pushed on a snapshot history, so each one undoes in one step and
 * the history says whether there is anything to save. Files are read and written on the engine's thread.
 */
public final class MockEditorViewModel {

    private final UiThread ui;
    private final Executor io;
    private final SnapshotHistory<EditorFiles> history = new SnapshotHistory<>(new EditorFiles(
            JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.objectNode()));
    private final MockChoices choices = new MockChoices(() -> refresh(true));
    private final StringProperty testCase = choices.testCase();
    private final StringProperty state = choices.state();
    private final StringProperty invocation = choices.invocation();
    private final AnswerViewModel answer = new AnswerViewModel(this::commit);
    private final ExpectationViewModel expectation = new ExpectationViewModel(this::commit);
    private final MockEdits edits = new MockEdits(this::commit, choices, () -> this.machine, this::stateMachine,
            this::problem);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper files = new ReadOnlyStringWrapper("");
    private final StringProperty message = new SimpleStringProperty("");
    private @Nullable MockWorkspace workspace;
    private @Nullable StateMachine machine;
    private List<String> allStates = List.of();

    public MockEditorViewModel(UiThread ui, Executor io) {
        this.ui = ui;
        this.io = io;
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
        choices.focus(name, stateName);
    }

    public ObservableList<String> testCases() {
        return choices.testCases();
    }

    public StringProperty testCaseProperty() {
        return testCase;
    }

    public ObservableList<StateRow> states() {
        return choices.states();
    }

    public StringProperty stateProperty() {
        return state;
    }

    public ObservableList<String> invocations() {
        return choices.invocations();
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

    /** The commands on test cases, mocked states and invocations. */
    MockEdits edits() {
        return edits;
    }

    /** The mock file being edited, or null before one was read. */
    public @Nullable Path mockFile() {
        return workspace == null ? null : workspace.mocks();
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

    private void problem(String text) {
        message.set(text);
    }

    private void flags() {
        dirty.set(history.dirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    private String stateMachine() {
        return workspace == null ? "" : workspace.stateMachine();
    }

    /** Brings the lists in line with the current files, keeping the choices that still exist. */
    private void refresh(boolean reloadForms) {
        if (choices.refresh(history.current(), stateMachine(), machine) && reloadForms) {
            loadForms();
        }
    }

    private void loadForms() {
        EditorFiles current = history.current();
        String response = choices.response();
        List<String> others = response == null ? List.of() : MockFileEdits.usersOf(current.mocks(), response)
                .stream().filter(u -> !u.equals(stateMachine() + "/" + testCase.get())).toList();
        answer.load(current, response, invocation.get(), others.isEmpty() ? "" : "Response '" + response
                + "' also answers " + String.join(", ", others) + ": changing it changes theirs too.");
        expectation.load(current, testCase.get(), allStates);
    }
}
