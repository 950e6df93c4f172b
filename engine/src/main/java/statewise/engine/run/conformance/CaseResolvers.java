package statewise.engine.run.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
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
