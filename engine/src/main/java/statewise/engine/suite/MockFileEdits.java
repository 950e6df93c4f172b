package statewise.engine.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import statewise.engine.model.StateMachine;
import statewise.engine.model.TaskState;
import statewise.engine.run.mock.MockResponse;

/**
 * The mock editor's edits of a MockConfigFile, as pure functions from the file's JSON to a new tree: the argument
 * is never changed, so the editor's undo history can keep every version. Remove or rename a test case, mock a Task
 * state with a placeholder response of its own ({@link MockSkeleton}) or stop mocking it, and set, add or remove
 * the answer of one invocation. A response no test case uses any more goes with the last mapping to it. A name
 * that clashes or does not exist is an {@link IllegalArgumentException} whose message is for the user.
 */
public final class MockFileEdits {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MACHINES = "StateMachines";
    private static final String CASES = "TestCases";
    private static final String RESPONSES = "MockedResponses";
    private static final Pattern KEY = Pattern.compile("(\\d{1,9})(?:-(\\d{1,9}))?");

    private MockFileEdits() {
    }

    /** The state machines the file names, in file order. */
    public static List<String> stateMachines(JsonNode file) {
        return names(file.path(MACHINES));
    }

    /** The test cases of {@code stateMachine}, in file order. */
    public static List<String> testCases(JsonNode file, String stateMachine) {
        return names(file.path(MACHINES).path(stateMachine).path(CASES));
    }

    /** Test case {@code testCase}'s state → response mapping, in file order; empty when there is none. */
    public static Map<String, String> mapping(JsonNode file, String stateMachine, String testCase) {
        Map<String, String> mapping = new LinkedHashMap<>();
        file.path(MACHINES).path(stateMachine).path(CASES).path(testCase).fields()
                .forEachRemaining(f -> mapping.put(f.getKey(), f.getValue().asText()));
        return mapping;
    }

    /** The invocation keys of {@code response} ({@code "0"}, {@code "1-2"}), in file order. */
    public static List<String> invocations(JsonNode file, String response) {
        return names(file.path(RESPONSES).path(response));
    }

    /** One invocation's answer ({@code {"Return": …}} or {@code {"Throw": …}}), or a missing node. */
    public static JsonNode answer(JsonNode file, String response, String key) {
        return file.path(RESPONSES).path(response).path(key);
    }

    /** The test cases (as {@code machine/case}) whose mappings use {@code response}, sorted. */
    public static List<String> usersOf(JsonNode file, String response) {
        List<String> users = new ArrayList<>();
        for (String machine : stateMachines(file)) {
            for (String testCase : testCases(file, machine)) {
                if (mapping(file, machine, testCase).containsValue(response)) {
                    users.add(machine + "/" + testCase);
                }
            }
        }
        return users.stream().sorted().toList();
    }

    /** {@code file} with a new test case from {@link MockSkeleton}: every Task state mocked with a placeholder. */
    public static ObjectNode addTestCase(JsonNode file, StateMachine machine, String stateMachine, String testCase) {
        if (testCases(file, stateMachine).contains(testCase)) {
            throw new IllegalArgumentException("There is already a test case '" + testCase + "'.");
        }
        return MockSkeleton.addTestCase(file, machine, stateMachine, testCase);
    }

    /** {@code file} without test case {@code testCase}, and without the responses only it used. */
    public static ObjectNode removeTestCase(JsonNode file, String stateMachine, String testCase) {
        ObjectNode out = copy(file);
        cases(out, stateMachine).remove(testCase);
        return prune(out);
    }

    /** {@code file} with test case {@code from} renamed to {@code to}, in the same place. */
    public static ObjectNode renameTestCase(JsonNode file, String stateMachine, String from, String to) {
        List<String> existing = testCases(file, stateMachine);
        if (!existing.contains(from)) {
            throw new IllegalArgumentException("There is no test case '" + from + "'.");
        }
        if (to.isBlank() || existing.contains(to)) {
            throw new IllegalArgumentException(to.isBlank() ? "A test case needs a name."
                    : "There is already a test case '" + to + "'.");
        }
        ObjectNode out = copy(file);
        ObjectNode cases = cases(out, stateMachine);
        ObjectNode renamed = NODES.objectNode();
        cases.fields().forEachRemaining(f -> renamed.set(f.getKey().equals(from) ? to : f.getKey(), f.getValue()));
        cases.removeAll();
        cases.setAll(renamed);
        return out;
    }

    /**
     * {@code file} with Task state {@code state} mocked in {@code testCase} by a new response of its own that
     * returns the placeholder its integration answers.
     */
    public static ObjectNode mockState(JsonNode file, StateMachine machine, String stateMachine, String testCase,
            String state) {
        TaskState task = MockSkeleton.tasks(machine).get(state);
        if (task == null) {
            throw new IllegalArgumentException("'" + state + "' is not a Task state of this workflow.");
        }
        ObjectNode out = copy(file);
        String response = MockSkeleton.addResponse(out.withObjectProperty(RESPONSES), state, testCase, task);
        cases(out, stateMachine).withObjectProperty(testCase).put(state, response);
        return out;
    }

    /** {@code file} with {@code state} no longer mocked in {@code testCase} (its response goes if unused). */
    public static ObjectNode unmockState(JsonNode file, String stateMachine, String testCase, String state) {
        ObjectNode out = copy(file);
        JsonNode mapping = cases(out, stateMachine).path(testCase);
        if (mapping instanceof ObjectNode object) {
            object.remove(state);
        }
        return prune(out);
    }

    /** {@code file} with invocation {@code key} of {@code response} answering {@code answer}. */
    public static ObjectNode setAnswer(JsonNode file, String response, String key, MockResponse answer) {
        ObjectNode out = copy(file);
        ObjectNode entry = NODES.objectNode();
        if (answer instanceof MockResponse.Return r) {
            entry.set("Return", r.value().deepCopy());
        } else {
            MockResponse.Throw t = (MockResponse.Throw) answer;
            ObjectNode thrown = entry.putObject("Throw");
            thrown.put("Error", t.error());
            if (t.cause() != null && !t.cause().isEmpty()) {
                thrown.put("Cause", t.cause());
            }
        }
        out.withObjectProperty(RESPONSES).withObjectProperty(response).set(key, entry);
        return out;
    }

    /**
     * {@code file} with one more invocation of {@code response}, after the last one it answers, answering as the
     * last entry does. Returns the new key with the file.
     */
    public static Added addInvocation(JsonNode file, String response) {
        ObjectNode out = copy(file);
        ObjectNode entries = out.withObjectProperty(RESPONSES).withObjectProperty(response);
        int next = 0;
        JsonNode last = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = entries.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Matcher key = KEY.matcher(entry.getKey());
            if (key.matches()) {
                int to = Integer.parseInt(key.group(2) == null ? key.group(1) : key.group(2));
                next = Math.max(next, to + 1);
            }
            last = entry.getValue();
        }
        String key = String.valueOf(next);
        entries.set(key, last == null ? NODES.objectNode().set("Return", NODES.objectNode()) : last.deepCopy());
        return new Added(out, key);
    }

    /** A file with an invocation added, and that invocation's key. */
    public record Added(ObjectNode file, String key) {
    }

    /** {@code file} without invocation {@code key} of {@code response}; a response keeps at least one answer. */
    public static ObjectNode removeInvocation(JsonNode file, String response, String key) {
        List<String> keys = invocations(file, response);
        if (keys.size() <= 1 && keys.contains(key)) {
            throw new IllegalArgumentException("A mocked response needs at least one answer; stop mocking the "
                    + "state instead.");
        }
        ObjectNode out = copy(file);
        out.withObjectProperty(RESPONSES).withObjectProperty(response).remove(key);
        return out;
    }

    private static ObjectNode prune(ObjectNode file) {
        Set<String> used = new HashSet<>();
        for (String machine : stateMachines(file)) {
            for (String testCase : testCases(file, machine)) {
                used.addAll(mapping(file, machine, testCase).values());
            }
        }
        ObjectNode responses = file.withObjectProperty(RESPONSES);
        names(responses).stream().filter(name -> !used.contains(name)).forEach(responses::remove);
        return file;
    }

    private static ObjectNode cases(ObjectNode file, String stateMachine) {
        return file.withObjectProperty(MACHINES).withObjectProperty(stateMachine).withObjectProperty(CASES);
    }

    private static ObjectNode copy(JsonNode file) {
        return file.isObject() ? (ObjectNode) file.deepCopy() : NODES.objectNode();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        if (object.isObject()) {
            object.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }
}
