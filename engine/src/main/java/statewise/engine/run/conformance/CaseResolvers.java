package statewise.engine.run.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import statewise.engine.run.Activities;
import statewise.engine.run.TaskOutcome;
import statewise.engine.run.TaskResolver;
import statewise.engine.run.mock.MockConfig;
import statewise.engine.run.mock.MockConfigReader;

/**
 * Where a case's Task results come from. First the results AWS recorded in its history, when each can be given to
 * its state, since they reproduce AWS's answer to the byte. Calls the history has no result for (or every call,
 * when some recorded result cannot be placed) go to the case's Lambda functions ({@link CorpusLambdas}), which
 * answer as AWS did; then to its {@code localstack_mock} (a MockConfigFile and a test case), whose mocked answers
 * leave out what AWS adds (SdkHttpMetadata and the like); else to what the history has.
 */
final class CaseResolvers {

    private CaseResolvers() {
    }

    static TaskResolver forCase(ConformanceCase testCase) {
        List<ObjectNode> history = testCase.expected().history();
        RecordedTaskResolver recorded = RecordedTaskResolver.of(testCase.id(),
                history == null ? List.of() : history);
        JsonNode mock = testCase.localstackMock();
        boolean complete = recorded.isComplete();
        TaskResolver fallback = !complete && mock != null && mock.path("mock_configs").path(0).isObject()
                ? mocked(testCase, mock) : recorded;
        CorpusLambdas lambdas = CorpusLambdas.of(testCase);
        if (lambdas == null) {
            return fallback;
        }
        return call -> {
            TaskOutcome outcome = complete ? recorded.recorded(call) : null;
            if (outcome == null) {
                outcome = lambdas.invoke(call);
            }
            return outcome != null ? outcome : fallback.resolve(call);
        };
    }

    /**
     * The activities that existed when the case ran, as its recording implies: those of the definition that AWS
     * scheduled (a case that deleted its activity first records none). The recording holds their ARNs as its
     * transformers rewrote them. Without a recorded history, every activity exists.
     */
    static Activities activities(ConformanceCase testCase) {
        List<ObjectNode> history = testCase.expected().history();
        if (history == null) {
            return Activities.ANY;
        }
        Set<String> scheduled = new HashSet<>();
        for (ObjectNode event : history) {
            JsonNode resource = event.path("activityScheduledEventDetails").path("resource");
            if (resource.isTextual()) {
                scheduled.add(resource.textValue());
            }
        }
        Set<String> existing = new HashSet<>();
        for (JsonNode resource : testCase.definition().findValues("Resource")) {
            String arn = resource.asText("");
            if (arn.contains(":activity:") && scheduled.contains(recorded(arn, testCase))) {
                existing.add(arn);
            }
        }
        return Activities.of(existing);
    }

    /** {@code text} as the case's regular-expression transformers rewrote it in the recording. */
    private static String recorded(String text, ConformanceCase testCase) {
        String result = text;
        for (Transformer transformer : testCase.normalization().transformers()) {
            if (transformer instanceof Transformer.Regex r) {
                Pattern pattern = PythonRegex.compile(r.regex());
                result = pattern == null ? result : PythonRegex.replaceAll(pattern, r.replacement(), result);
            }
        }
        return result;
    }

    private static TaskResolver mocked(ConformanceCase testCase, JsonNode mock) {
        String source = "the localstack_mock of " + testCase.id();
        MockConfigReader.Result read = MockConfigReader.read(mock.get("mock_configs").get(0).toString(), source);
        MockConfig config = read.config();
        if (config == null) {
            String problem = source + " is not a valid mock file: " + read.diagnostics().get(0).message();
            return call -> TaskOutcome.failure("States.Runtime", problem);
        }
        MockConfig.Selection selection = config.select(null, mock.path("test_case").asText(""));
        if (selection.resolver() != null) {
            return selection.resolver();
        }
        String problem = String.valueOf(selection.problem());
        return call -> TaskOutcome.failure("States.Runtime", problem);
    }
}
