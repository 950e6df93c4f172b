package statewise.engine.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.ExecutionStatus;

/**
 * The mock editor's edits of an expectations file ({@link SuiteReader}'s format), as pure functions from the file's
 * JSON to a new tree, the argument never changed: add, remove and rename a test, set its input and what it expects.
 * A test is named as the mock test case it answers from, so the editor keeps the two together. Reading back
 * ({@link #expectation}, {@link #input}) is lenient: a member of the wrong type reads as not checked, and
 * {@link SuiteReader} reports it when the suite runs.
 */
public final class SuiteFileEdits {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String TESTS = "Tests";
    private static final String EXPECT = "Expect";
    private static final String MOCK_TEST_CASE = "MockTestCase";
    private static final Set<String> ENDINGS = Set.of("SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED");

    private SuiteFileEdits() {
    }

    /** A new expectations file without tests, answering from the mock file {@code mocks} (relative), if any. */
    public static ObjectNode create(@Nullable String mocks) {
        ObjectNode file = NODES.objectNode();
        file.put("Version", TestSuite.VERSION);
        if (mocks != null) {
            file.put("Mocks", mocks);
        }
        file.putObject(TESTS);
        return file;
    }

    /** The tests of {@code file}, in file order. */
    public static List<String> tests(JsonNode file) {
        List<String> names = new ArrayList<>();
        file.path(TESTS).fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** {@code file} with test {@code name} added when it has none: empty input, expected to succeed. */
    public static ObjectNode addTest(JsonNode file, String name) {
        ObjectNode out = copy(file);
        ObjectNode tests = out.withObjectProperty(TESTS);
        if (!tests.has(name)) {
            ObjectNode test = tests.putObject(name);
            test.putObject("Input");
            test.putObject(EXPECT).put("Status", ExecutionStatus.SUCCEEDED.name());
        }
        return out;
    }

    /** {@code file} without test {@code name}. */
    public static ObjectNode removeTest(JsonNode file, String name) {
        ObjectNode out = copy(file);
        out.withObjectProperty(TESTS).remove(name);
        return out;
    }

    /**
     * {@code file} with test {@code from} renamed to {@code to} in the same place; tests that name {@code from} as
     * their {@code MockTestCase} name {@code to} instead, as the mock test case is renamed with it.
     */
    public static ObjectNode renameTest(JsonNode file, String from, String to) {
        ObjectNode out = copy(file);
        ObjectNode tests = out.withObjectProperty(TESTS);
        ObjectNode renamed = NODES.objectNode();
        tests.fields().forEachRemaining(f -> {
            JsonNode test = f.getValue();
            if (test instanceof ObjectNode object && from.equals(object.path(MOCK_TEST_CASE).textValue())) {
                object.put(MOCK_TEST_CASE, to);
            }
            renamed.set(f.getKey().equals(from) ? to : f.getKey(), test);
        });
        tests.removeAll();
        tests.setAll(renamed);
        return out;
    }

    /** Test {@code name}'s input; the empty object when it gives none. */
    public static JsonNode input(JsonNode file, String name) {
        JsonNode input = file.path(TESTS).path(name).get("Input");
        return input == null ? NODES.objectNode() : input;
    }

    /** {@code file} with test {@code name} (added when missing) starting from {@code input}. */
    public static ObjectNode setInput(JsonNode file, String name, JsonNode input) {
        ObjectNode out = addTest(file, name);
        out.withObjectProperty(TESTS).withObjectProperty(name).set("Input", input.deepCopy());
        return out;
    }

    /** What test {@code name} expects; {@link TestExpectation#SUCCEEDS} when it does not say. */
    public static TestExpectation expectation(JsonNode file, String name) {
        JsonNode expect = file.path(TESTS).path(name).get(EXPECT);
        if (expect == null || !expect.isObject()) {
            return TestExpectation.SUCCEEDS;
        }
        String status = text(expect, "Status");
        boolean subset = expect.has("OutputContains");
        return new TestExpectation(status != null && ENDINGS.contains(status) ? ExecutionStatus.valueOf(status)
                : null, subset ? expect.get("OutputContains") : expect.get("Output"), subset, text(expect, "Error"),
                text(expect, "Cause"), names(expect.path("Visits")), names(expect.path("Skips")));
    }

    /** {@code file} with test {@code name} (added when missing) expecting {@code expectation}. */
    public static ObjectNode setExpectation(JsonNode file, String name, TestExpectation expectation) {
        ObjectNode out = addTest(file, name);
        ObjectNode expect = NODES.objectNode();
        if (expectation.status() != null) {
            expect.put("Status", expectation.status().name());
        }
        if (expectation.output() != null) {
            expect.set(expectation.outputIsSubset() ? "OutputContains" : "Output", expectation.output().deepCopy());
        }
        putText(expect, "Error", expectation.error());
        putText(expect, "Cause", expectation.cause());
        putNames(expect, "Visits", expectation.visits());
        putNames(expect, "Skips", expectation.skips());
        out.withObjectProperty(TESTS).withObjectProperty(name).set(EXPECT, expect);
        return out;
    }

    private static void putText(ObjectNode node, String field, @Nullable String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
    }

    private static void putNames(ObjectNode node, String field, List<String> names) {
        if (!names.isEmpty()) {
            ArrayNode array = node.putArray(field);
            names.forEach(array::add);
        }
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> {
            if (n.isTextual()) {
                names.add(n.textValue());
            }
        });
        return names;
    }

    private static ObjectNode copy(JsonNode file) {
        return file.isObject() ? (ObjectNode) file.deepCopy() : create(null);
    }
}
