package statewise.engine.run.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import statewise.engine.teststate.TestState;
import statewise.engine.teststate.TestStateException;
import statewise.engine.teststate.TestStateRequest;
import statewise.engine.teststate.TestStateResult;

/**
 * Runs {@code test_state} and {@code test_state_error} cases through {@link TestState} and compares the answer with
 * AWS's: status, output, error, cause, next state and every inspection data member (JSON text and the value it
 * holds compare equal, as AWS gives them as text); for refused requests, the error code and message.
 */
final class TestStateRunner {

    /** The kinds this runner answers. */
    static final Set<String> KINDS = Set.of("test_state", "test_state_error");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LEAVES = 8;
    private static final String BOTO_PREFIX = "An error occurred (%s) when calling the TestState operation: %s";

    private TestStateRunner() {
    }

    static CaseResult run(ConformanceCase testCase) {
        JsonNode expected;
        TestStateRequest request;
        try {
            expected = JSON.readTree(testCase.file().toFile()).path("expected");
            request = TestStateCases.request(testCase, TestStateCases.arguments(testCase));
        } catch (IOException e) {
            return CaseResult.error(testCase, "cannot read the case's TestState call: " + e.getMessage());
        }
        List<Difference> differences = new ArrayList<>();
        try {
            TestStateResult result = TestState.run(request);
            compare(expected, TestStateCases.normalized(result.toJson()), differences);
        } catch (TestStateException e) {
            compareRefusal(expected, e, differences);
        } catch (RuntimeException | StackOverflowError e) {
            return CaseResult.error(testCase, "TestState threw " + e);
        }
        Comparison comparison = new Comparison(differences, List.of());
        return new CaseResult(testCase, comparison.passed() ? CaseResult.Outcome.PASSED : CaseResult.Outcome.FAILED,
                null, comparison, "");
    }

    private static void compare(JsonNode expected, JsonNode actual, List<Difference> differences) {
        Placeholders placeholders = new Placeholders();
        if (expected.path("status").asText().equals("API_ERROR")) {
            differences.add(new Difference("status", "AWS refused the request", "API_ERROR "
                    + expected.path("api_error"), actual.path("status").asText()));
            return;
        }
        for (String member : List.of("status", "error", "cause", "nextState", "output")) {
            diff(member, expected.get(member), actual.get(member), placeholders, differences);
        }
        JsonNode inspection = expected.get("inspectionData");
        JsonNode ours = actual.get("inspectionData");
        if (inspection == null || ours == null) {
            diff("inspectionData", inspection, ours, placeholders, differences);
            return;
        }
        Set<String> keys = new TreeSet<>();
        inspection.fieldNames().forEachRemaining(keys::add);
        ours.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            diff("inspectionData." + key, inspection.get(key), ours.get(key), placeholders, differences);
        }
    }

    private static void diff(String where, @Nullable JsonNode expected, @Nullable JsonNode actual,
            Placeholders placeholders, List<Difference> differences) {
        JsonDiff.diff(where, expected, actual, placeholders, LEAVES, true)
                .forEach(leaf -> differences.add(Difference.of(leaf.path(), leaf.expected(), leaf.actual())));
    }

    private static void compareRefusal(JsonNode expected, TestStateException e, List<Difference> differences) {
        JsonNode apiError = expected.get("api_error");
        String ours = e.code() + ": " + e.getMessage();
        if (apiError == null) {
            differences.add(new Difference("status", "we refused the request", expected.path("status").asText(),
                    "API_ERROR " + ours));
            return;
        }
        String want;
        if (apiError.isTextual()) {
            want = apiError.textValue();
            String mine = e.code().equals("ParamValidationError") ? e.getMessage()
                    : String.format(BOTO_PREFIX, e.code(), e.getMessage());
            if (!want.equals(mine)) {
                differences.add(new Difference("api_error", null, want, mine));
            }
            return;
        }
        String code = apiError.path("Error").path("Code").asText();
        String message = apiError.path("Error").path("Message").asText();
        if (!code.equals(e.code()) || !message.equals(e.getMessage())) {
            differences.add(Difference.of("api_error", JsonNodeFactory.instance.textNode(code + ": " + message),
                    JsonNodeFactory.instance.textNode(ours)));
        }
    }
}
