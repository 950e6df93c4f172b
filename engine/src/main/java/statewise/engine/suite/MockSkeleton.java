package statewise.engine.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import statewise.engine.model.Branch;
import statewise.engine.model.MapState;
import statewise.engine.model.ParallelState;
import statewise.engine.model.StateGraph;
import statewise.engine.model.StateMachine;
import statewise.engine.model.TaskState;

/**
 * Starts a MockConfigFile test case for the mock editor: one entry for every Task state of the workflow (those in
 * Parallel branches and Map bodies included), each with a response of its own that returns a placeholder result,
 * for the user to fill in, shaped as the state's integration answers ({@link MockReturns}) so that a ResultSelector
 * on {@code $.Payload} works from the start. {@link MockCases} says which states a test case mocks.
 */
public final class MockSkeleton {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MockSkeleton() {
    }

    /** The Task states of {@code machine}, in document order, nested ones after their Parallel or Map state. */
    public static List<String> taskStates(StateMachine machine) {
        List<TaskState> tasks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        collect(machine, tasks, names);
        return names;
    }

    /**
     * {@code mockFile} (a MockConfigFile as JSON, possibly empty) with test case {@code testCase} of state machine
     * {@code stateMachine} added: it maps every Task state to a new response named {@code <state><testCase>} (with
     * a number appended when the file already has that name). An existing test case of that name is replaced.
     */
    public static ObjectNode addTestCase(JsonNode mockFile, StateMachine machine, String stateMachine,
            String testCase) {
        ObjectNode out = mockFile.isObject() ? (ObjectNode) mockFile.deepCopy() : NODES.objectNode();
        ObjectNode cases = out.withObjectProperty("StateMachines").withObjectProperty(stateMachine)
                .withObjectProperty("TestCases");
        ObjectNode responses = out.withObjectProperty("MockedResponses");
        ObjectNode mapping = NODES.objectNode();
        List<TaskState> tasks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        collect(machine, tasks, names);
        for (int i = 0; i < names.size(); i++) {
            mapping.put(names.get(i), addResponse(responses, names.get(i), testCase, tasks.get(i)));
        }
        cases.set(testCase, mapping);
        return out;
    }

    /** The Task states of {@code machine} by name, in the order of {@link #taskStates}. */
    static Map<String, TaskState> tasks(StateMachine machine) {
        List<TaskState> tasks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        collect(machine, tasks, names);
        Map<String, TaskState> byName = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            byName.putIfAbsent(names.get(i), tasks.get(i));
        }
        return byName;
    }

    /** A new response named after {@code state} and {@code testCase}, placeholder {@code Return} included. */
    static String addResponse(ObjectNode responses, String state, String testCase, TaskState task) {
        String response = unique(responses, (state + testCase).replaceAll("[^A-Za-z0-9_.-]", ""));
        responses.putObject(response).putObject("0").set("Return", MockReturns.of(task));
        return response;
    }

    private static String unique(ObjectNode responses, String base) {
        String name = base.isEmpty() ? "Response" : base;
        for (int n = 2; responses.has(name); n++) {
            name = base + n;
        }
        return name;
    }

    private static void collect(StateGraph graph, List<TaskState> tasks, List<String> names) {
        graph.states().forEach((name, state) -> {
            if (state instanceof TaskState task) {
                tasks.add(task);
                names.add(name);
            } else if (state instanceof ParallelState parallel) {
                Objects.requireNonNullElse(parallel.branches(), List.<Branch>of())
                        .forEach(b -> collect(b, tasks, names));
            } else if (state instanceof MapState map && map.processor() != null) {
                collect(map.processor(), tasks, names);
            }
        });
    }
}
