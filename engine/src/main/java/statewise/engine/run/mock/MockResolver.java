package statewise.engine.run.mock;

import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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

    public String stateMachine() {
        return stateMachine;
    }

    public String testCase() {
        return testCase;
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
