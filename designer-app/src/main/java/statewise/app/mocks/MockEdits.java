package statewise.app.mocks;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.StateMachine;
import statewise.engine.suite.MockFileEdits;
import statewise.engine.suite.SuiteFileEdits;

/**
 * The mock editor's commands on test cases, mocked states and invocations: each builds one edit of both files
 * ({@code MockFileEdits}, {@code SuiteFileEdits}) for what is chosen ({@link MockChoices}), hands it to the editor's
 * history as one undo step, and chooses what it made.
 */
final class MockEdits {

    private final Commit commit;
    private final MockChoices choices;
    private final Supplier<@Nullable StateMachine> machine;
    private final Supplier<String> stateMachine;
    private final Consumer<String> problem;

    /**
     * @param machine      the workflow, or null before the files were read
     * @param stateMachine the workflow's name in the mock file
     * @param problem      told why a command was refused
     */
    MockEdits(Commit commit, MockChoices choices, Supplier<@Nullable StateMachine> machine,
            Supplier<String> stateMachine, Consumer<String> problem) {
        this.commit = commit;
        this.choices = choices;
        this.machine = machine;
        this.stateMachine = stateMachine;
        this.problem = problem;
    }

    /** Adds test case {@code name}: every Task state mocked with a placeholder, expected to succeed. */
    boolean addTestCase(String name) {
        String stripped = name.strip();
        StateMachine workflow = machine.get();
        if (stripped.isEmpty() || workflow == null) {
            problem.accept("A test case needs a name.");
            return false;
        }
        String sm = stateMachine.get();
        boolean added = commit.apply(f -> new EditorFiles(MockFileEdits.addTestCase(f.mocks(), workflow, sm,
                stripped), SuiteFileEdits.addTest(f.tests(), stripped)), "Add test case '" + stripped + "'", null);
        if (added) {
            choices.testCase().set(stripped);
        }
        return added;
    }

    /** Renames the chosen test case, and its test in the expectations file. */
    boolean renameTestCase(String name) {
        String from = choices.testCase().get();
        String to = name.strip();
        if (from == null || from.equals(to)) {
            return false;
        }
        String sm = stateMachine.get();
        boolean renamed = commit.apply(f -> new EditorFiles(MockFileEdits.renameTestCase(f.mocks(), sm, from, to),
                SuiteFileEdits.renameTest(f.tests(), from, to)), "Rename test case '" + from + "'", null);
        if (renamed) {
            choices.testCase().set(to);
        }
        return renamed;
    }

    /** Removes the chosen test case, its test and the responses only it used. */
    void removeTestCase() {
        String name = choices.testCase().get();
        if (name != null) {
            String sm = stateMachine.get();
            commit.apply(f -> new EditorFiles(MockFileEdits.removeTestCase(f.mocks(), sm, name),
                    SuiteFileEdits.removeTest(f.tests(), name)), "Remove test case '" + name + "'", null);
        }
    }

    /** Mocks the chosen state in the chosen test case with a placeholder response of its own. */
    void mockState() {
        String name = choices.testCase().get();
        String chosen = choices.state().get();
        StateMachine workflow = machine.get();
        if (name != null && chosen != null && workflow != null) {
            String sm = stateMachine.get();
            commit.apply(f -> f.withMocks(MockFileEdits.mockState(f.mocks(), workflow, sm, name, chosen)),
                    "Mock '" + chosen + "'", null);
        }
    }

    /** Stops mocking the chosen state (a stale one is removed from the test case). */
    void unmockState() {
        String name = choices.testCase().get();
        String chosen = choices.state().get();
        if (name != null && chosen != null) {
            String sm = stateMachine.get();
            commit.apply(f -> f.withMocks(MockFileEdits.unmockState(f.mocks(), sm, name, chosen)),
                    "Stop mocking '" + chosen + "'", null);
        }
    }

    /** Adds an invocation after the last one the chosen response answers, answering as the last does. */
    void addInvocation() {
        String response = choices.response();
        if (response != null) {
            String[] key = new String[1];
            if (commit.apply(f -> {
                MockFileEdits.Added added = MockFileEdits.addInvocation(f.mocks(), response);
                key[0] = added.key();
                return f.withMocks(added.file());
            }, "Add an invocation", null)) {
                choices.invocation().set(key[0]);
            }
        }
    }

    /** Removes the chosen invocation of the chosen response. */
    void removeInvocation() {
        String response = choices.response();
        String key = choices.invocation().get();
        if (response != null && key != null) {
            commit.apply(f -> f.withMocks(MockFileEdits.removeInvocation(f.mocks(), response, key)),
                    "Remove invocation " + key, null);
        }
    }
}
