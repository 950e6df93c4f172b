package statewise.engine.run.mock;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.JsonPointer;
import statewise.engine.document.SourceSpan;

/**
 * A mock file in the AWS Step Functions Local MockConfigFile format: for each state machine, named test cases that
 * map Task state names to mocked responses. Read it with {@link MockConfigReader}; pick a test case with
 * {@link #select} to get a task resolver, and check it against the definition it runs with
 * ({@link MockResolver#mismatches}).
 *
 * @param stateMachines state machine name → test case name → state name → response name
 * @param responses     the mocked responses by name
 * @param source        the file's name, for messages
 * @param places        where each test case's state names are in the file, by JSON Pointer ({@link #pointer}), so
 *                      that a state the definition does not have is reported at its line and column
 */
public record MockConfig(Map<String, Map<String, Map<String, String>>> stateMachines,
        Map<String, MockedResponse> responses, String source, Map<String, SourceSpan> places) {

    public MockConfig {
        stateMachines = Map.copyOf(stateMachines);
        responses = Map.copyOf(responses);
        places = Map.copyOf(places);
    }

    /** The JSON Pointer of {@code state}'s entry in test case {@code testCase} of {@code stateMachine}. */
    public static String pointer(String stateMachine, String testCase, String state) {
        String machine = JsonPointer.child(JsonPointer.child(JsonPointer.ROOT, "StateMachines"), stateMachine);
        return JsonPointer.child(JsonPointer.child(JsonPointer.child(machine, "TestCases"), testCase), state);
    }

    /** A test case's resolver, or why there is none. Exactly one of the two is set. */
    public record Selection(@Nullable MockResolver resolver, @Nullable String problem) {
    }

    /**
     * The resolver for test case {@code testCase} of state machine {@code stateMachine}. Without a state machine
     * name, the one state machine that has the test case is used.
     */
    public Selection select(@Nullable String stateMachine, String testCase) {
        String machine = stateMachine;
        if (machine == null) {
            List<String> having = new TreeMap<>(stateMachines).entrySet().stream()
                    .filter(e -> e.getValue().containsKey(testCase)).map(Map.Entry::getKey).toList();
            if (having.size() != 1) {
                return problem(having.isEmpty() ? "no state machine in " + source + " has a test case '" + testCase
                        + "'" + testCaseList() : "several state machines in " + source + " have a test case '"
                        + testCase + "' (" + String.join(", ", having) + "); name one as state_machine_name");
            }
            machine = having.get(0);
        }
        Map<String, Map<String, String>> cases = stateMachines.get(machine);
        if (cases == null) {
            return problem(source + " has no state machine '" + machine + "' (it has: "
                    + String.join(", ", new TreeMap<>(stateMachines).keySet()) + ")");
        }
        Map<String, String> states = cases.get(testCase);
        if (states == null) {
            return problem("state machine '" + machine + "' in " + source + " has no test case '" + testCase
                    + "' (it has: " + String.join(", ", new TreeMap<>(cases).keySet()) + ")");
        }
        return new Selection(new MockResolver(this, machine, testCase, states), null);
    }

    private String testCaseList() {
        List<String> all = stateMachines.entrySet().stream().flatMap(sm -> sm.getValue().keySet().stream()
                .map(tc -> sm.getKey() + "/" + tc)).sorted().toList();
        return all.isEmpty() ? "" : " (it has: " + String.join(", ", all) + ")";
    }

    private static Selection problem(String message) {
        return new Selection(null, message);
    }
}
