package statewise.engine.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.document.DocumentFormat;
import statewise.engine.document.JsonPointer;
import statewise.engine.document.Severity;
import statewise.engine.document.SourceMap;
import statewise.engine.parse.TreeReader;
import statewise.engine.run.ExecutionStatus;

/**
 * Reads an expectations file, version 1:
 * <pre>
 * {"Version": 1,
 *  "StateMachine": "Shop",              (optional: its name in the mock file)
 *  "Mocks": "order.mocks.json",         (optional: the MockConfigFile, relative to this file)
 *  "Tests": {
 *    "HappyPath": {
 *      "Input": {"items": [1, 2]},      (optional, default {})
 *      "MockTestCase": "HappyPath",     (optional: default the test's name when there is a mock file;
 *                                        null lets Tasks echo their input)
 *      "Expect": {                      (optional, default {"Status": "SUCCEEDED"})
 *        "Status": "SUCCEEDED",         (SUCCEEDED, FAILED, TIMED_OUT or ABORTED)
 *        "Output": {...},               (the output, exactly; or "OutputContains": members it must have)
 *        "Error": "Card.Declined", "Cause": "...",
 *        "Visits": ["Charge"], "Skips": ["Refund"]}}}}
 * </pre>
 * Every problem is a diagnostic at its line and column; unknown members are errors, so a typo never silently
 * turns a check off.
 */
public final class SuiteReader {

    /** The suite when the file has no errors, and the diagnostics either way. */
    public record Result(@Nullable TestSuite suite, List<Diagnostic> diagnostics) {

        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private static final List<String> ROOT_MEMBERS = List.of("Version", "StateMachine", "Mocks", "Tests");
    private static final List<String> TEST_MEMBERS = List.of("Input", "MockTestCase", "Expect");
    private static final List<String> EXPECT_MEMBERS = List.of("Status", "Output", "OutputContains", "Error",
            "Cause", "Visits", "Skips");
    private static final Set<String> ENDINGS = Set.of("SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED");

    private final SourceMap sourceMap;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private SuiteReader(SourceMap sourceMap, List<Diagnostic> diagnostics) {
        this.sourceMap = sourceMap;
        this.diagnostics.addAll(diagnostics);
    }

    /** Reads {@code text}; {@code source} names the file and decides YAML by its extension. */
    public static Result read(String text, String source) {
        TreeReader.Result tree = TreeReader.read(text, DocumentFormat.fromFileName(source));
        SuiteReader reader = new SuiteReader(tree.sourceMap(), tree.diagnostics());
        if (tree.hasSyntaxErrors() || tree.root() == null) {
            return new Result(null, reader.diagnostics);
        }
        TestSuite suite = reader.suite(tree.root());
        return new Result(reader.diagnostics.stream().anyMatch(Diagnostic::isError) ? null : suite,
                reader.diagnostics);
    }

    private @Nullable TestSuite suite(JsonNode root) {
        if (!root.isObject()) {
            problem(DiagnosticCode.WRONG_TYPE, "An expectations file is an object with 'Version' and 'Tests'.", "");
            return null;
        }
        unknown(root, "", ROOT_MEMBERS);
        JsonNode version = root.get("Version");
        if (version == null || !version.canConvertToExactIntegral() || version.asInt() != TestSuite.VERSION) {
            problem(version == null ? DiagnosticCode.MISSING_FIELD : DiagnosticCode.INVALID_VALUE,
                    "'Version' must be " + TestSuite.VERSION + ", the version this Statewise reads.",
                    version == null ? "" : "/Version");
        }
        JsonNode tests = root.get("Tests");
        List<SuiteCase> cases = new ArrayList<>();
        if (tests == null || !tests.isObject() || tests.isEmpty()) {
            problem(tests == null ? DiagnosticCode.MISSING_FIELD : DiagnosticCode.WRONG_TYPE,
                    "'Tests' must be an object naming at least one test.", tests == null ? "" : "/Tests");
        } else {
            boolean mocked = root.hasNonNull("Mocks");
            for (Iterator<Map.Entry<String, JsonNode>> it = tests.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> test = it.next();
                SuiteCase read = testCase(test.getKey(), test.getValue(), JsonPointer.child("/Tests", test.getKey()),
                        mocked);
                if (read != null) {
                    cases.add(read);
                }
            }
        }
        return new TestSuite(text(root, "", "StateMachine"), text(root, "", "Mocks"), cases);
    }

    private @Nullable SuiteCase testCase(String name, JsonNode test, String pointer, boolean mocked) {
        if (!test.isObject()) {
            problem(DiagnosticCode.WRONG_TYPE, "Test '" + name + "' must be an object.", pointer);
            return null;
        }
        unknown(test, pointer, TEST_MEMBERS);
        JsonNode input = test.has("Input") ? test.get("Input") : JsonNodeFactory.instance.objectNode();
        String mockCase = test.has("MockTestCase") ? text(test, pointer, "MockTestCase") : mocked ? name : null;
        JsonNode expect = test.get("Expect");
        TestExpectation expectation = expect == null ? TestExpectation.SUCCEEDS
                : expectation(expect, JsonPointer.child(pointer, "Expect"));
        return expectation == null ? null : new SuiteCase(name, input, mockCase, expectation);
    }

    private @Nullable TestExpectation expectation(JsonNode expect, String pointer) {
        if (!expect.isObject()) {
            problem(DiagnosticCode.WRONG_TYPE, "'Expect' must be an object with any of "
                    + String.join(", ", EXPECT_MEMBERS) + ".", pointer);
            return null;
        }
        unknown(expect, pointer, EXPECT_MEMBERS);
        String status = text(expect, pointer, "Status");
        if (status != null && !ENDINGS.contains(status)) {
            problem(DiagnosticCode.INVALID_VALUE, "'Status' must be one of SUCCEEDED, FAILED, TIMED_OUT, ABORTED.",
                    JsonPointer.child(pointer, "Status"));
            status = null;
        }
        if (expect.has("Output") && expect.has("OutputContains")) {
            problem(DiagnosticCode.CONFLICTING_FIELDS, "Use 'Output' (exact) or 'OutputContains' (a subset), "
                    + "not both.", JsonPointer.child(pointer, "OutputContains"));
        }
        boolean subset = expect.has("OutputContains");
        return new TestExpectation(status == null ? null : ExecutionStatus.valueOf(status),
                subset ? expect.get("OutputContains") : expect.get("Output"), subset, text(expect, pointer, "Error"),
                text(expect, pointer, "Cause"), names(expect, pointer, "Visits"), names(expect, pointer, "Skips"));
    }

    private List<String> names(JsonNode node, String pointer, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(v -> names.add(v.asText()));
        }
        if (!value.isArray() || names.size() != value.size() || !allText(value)) {
            problem(DiagnosticCode.WRONG_TYPE, "'" + field + "' must be an array of state names.",
                    JsonPointer.child(pointer, field));
        }
        return names;
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode element : array) {
            if (!element.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private @Nullable String text(JsonNode node, String pointer, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problem(DiagnosticCode.WRONG_TYPE, "'" + field + "' must be a string.", JsonPointer.child(pointer, field));
            return null;
        }
        return value.textValue();
    }

    private void unknown(JsonNode node, String pointer, List<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!known.contains(field)) {
                problem(DiagnosticCode.UNKNOWN_FIELD, "'" + field + "' is not a member here; use any of "
                        + String.join(", ", known) + ".", JsonPointer.child(pointer, field));
            }
        }
    }

    private void problem(DiagnosticCode code, String message, String pointer) {
        diagnostics.add(new Diagnostic(code.id(), Severity.ERROR, message, pointer, sourceMap.locate(pointer)));
    }
}
