package statewise.engine.suite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import statewise.engine.model.StateMachine;
import statewise.engine.run.mock.MockConfig;

/**
 * What the debugger's mock editor shows of a mock file against the open definition: the test cases a state
 * machine has, and for one test case which Task states it mocks (with the response each gets), which it does not
 * (their calls go to the run's next source, or fail the run when there is none), and which names it mocks that the
 * definition no longer has (left behind by a rename). New test cases come from {@link MockSkeleton}.
 */
public final class MockCases {

    /**
     * One test case against a definition.
     *
     * @param mocked   Task state → the name of its mocked response, in document order
     * @param unmocked the definition's Task states the test case does not mock, in document order
     * @param unknown  states the test case mocks that are not Task states of the definition, sorted
     */
    public record Coverage(String stateMachine, String testCase, Map<String, String> mocked, List<String> unmocked,
            List<String> unknown) {

        public Coverage {
            mocked = Collections.unmodifiableMap(new LinkedHashMap<>(mocked));
            unmocked = List.copyOf(unmocked);
            unknown = List.copyOf(unknown);
        }

        /** Whether every Task state of the definition is mocked. */
        public boolean complete() {
            return unmocked.isEmpty();
        }
    }

    private MockCases() {
    }

    /** The test cases of {@code stateMachine} in {@code config}, sorted; empty when the file does not name it. */
    public static List<String> testCases(MockConfig config, String stateMachine) {
        return List.copyOf(new TreeMap<>(config.stateMachines().getOrDefault(stateMachine, Map.of())).keySet());
    }

    /**
     * Test case {@code testCase} of {@code stateMachine} against the definition {@code machine}.
     *
     * @throws IllegalArgumentException when the file has no such state machine or test case (the message says
     *                                  which ones it has)
     */
    public static Coverage coverage(MockConfig config, StateMachine machine, String stateMachine, String testCase) {
        MockConfig.Selection selection = config.select(stateMachine, testCase);
        if (selection.resolver() == null) {
            throw new IllegalArgumentException(selection.problem());
        }
        Map<String, String> states = config.stateMachines().get(stateMachine).get(testCase);
        List<String> tasks = MockSkeleton.taskStates(machine);
        Map<String, String> mocked = new LinkedHashMap<>();
        List<String> unmocked = new ArrayList<>();
        for (String task : tasks) {
            if (states.containsKey(task)) {
                mocked.put(task, states.get(task));
            } else {
                unmocked.add(task);
            }
        }
        List<String> unknown = new TreeMap<>(states).keySet().stream().filter(s -> !tasks.contains(s)).toList();
        return new Coverage(stateMachine, testCase, mocked, unmocked, unknown);
    }
}
