package statewise.engine.run.mock;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.Diagnostic;
import statewise.engine.model.StateMachine;
import statewise.engine.run.IntegrationPattern;
import statewise.engine.run.PartialResolver;
import statewise.engine.run.TaskCall;
import statewise.engine.run.TaskOutcome;

/**
 * Answers Task invocations from one test case of a mock file: the state's mocked response, chosen by how many
 * times the state has invoked its resource before ({@link TaskCall#invocation()}). A state the test case does not
 * mock, or an invocation past the listed ones, fails the task with {@code States.Runtime} and a message naming
 * the state, the test case and the file, so the execution shows what to add to the mock file. For a task that waits
 * (a {@code .waitForTaskToken} callback, an activity, a {@code .sync} job) the mocked response is the answer it
 * waits for, as in AWS Step Functions Local: its request is taken as accepted.
 */
public final class MockResolver implements PartialResolver {

    /** The error of a task the mock file cannot answer. */
    public static final String RUNTIME_ERROR = "States.Runtime";

    private final MockConfig config;
    private final String stateMachine;
    private final String testCase;
    private final Map<String, String> states;

    MockResolver(MockConfig config, String stateMachine, String testCase, Map<String, String> states) {
        this.config = config;
        this.stateMachine = stateMachine;
        this.testCase = testCase;
        this.states = Map.copyOf(states);
    }

    /** Whether the test case mocks {@code call}'s state (every invocation of it is then answered here). */
    @Override
    public boolean covers(TaskCall call) {
        return states.containsKey(call.stateName());
    }

    @Override
    public TaskOutcome resolve(TaskCall call) {
        String name = states.get(call.stateName());
        if (name == null) {
            return TaskOutcome.failure(RUNTIME_ERROR, "No mocked response for Task state '" + call.stateName()
                    + "' in test case '" + testCase + "' of state machine '" + stateMachine + "' in "
                    + config.source() + ".");
        }
        MockedResponse response = config.responses().get(name);
        @Nullable MockResponse answer = response == null ? null : response.at(call.invocation());
        if (response == null || answer == null) {
            String listed = response == null ? "does not exist" : "lists invocations " + response.coverage()
                    + " only";
            return TaskOutcome.failure(RUNTIME_ERROR, "Task state '" + call.stateName() + "' was invoked for the "
                    + ordinal(call.invocation() + 1) + " time (invocation " + call.invocation()
                    + "), but mocked response '" + name + "' (test case '" + testCase + "' in " + config.source()
                    + ") " + listed + ".");
        }
        TaskOutcome outcome = answer.outcome();
        return IntegrationPattern.of(call.resource()).waits() && !(outcome instanceof TaskOutcome.TimedOut)
                ? TaskOutcome.answered(null, null, outcome, Duration.ZERO) : outcome;
    }

    /**
     * What in this test case does not fit {@code definition}, to report before the run starts (one
     * {@code FILE:LINE:COL} line each with {@code UserFile.line(config.source(), d)}): an error for each state it
     * mocks that the definition (Parallel branches and Map bodies included) does not have, a warning for each one
     * that is not a Task state (never invoked, so never answered). Empty when it fits.
     */
    public List<Diagnostic> mismatches(StateMachine definition) {
        return mismatches(definition, List.of());
    }

    /**
     * As {@link #mismatches(StateMachine)}, where {@code nested} are the state machines the run starts locally
     * ({@code states:startExecution}): their Task states answer from this test case too, so it may name them.
     */
    public List<Diagnostic> mismatches(StateMachine definition, Collection<StateMachine> nested) {
        return DefinitionFit.check(config, stateMachine, testCase, states, definition, nested);
    }

    public String stateMachine() {
        return stateMachine;
    }

    public String testCase() {
        return testCase;
    }

    /** The mock file's name, as messages give it. */
    public String source() {
        return config.source();
    }

    private static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
