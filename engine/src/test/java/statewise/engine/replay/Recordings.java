package statewise.engine.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.parse.AslParser;
import statewise.engine.run.ExecutionRequest;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.Interpreter;
import statewise.engine.run.TaskOutcome;
import statewise.engine.run.TaskResolver;
import statewise.engine.run.history.HistoryJson;
import statewise.engine.validate.Validator;

/**
 * Test helper: a workflow with a retried Task, a Map over items and a Parallel state, "recorded" by running it
 * with task results computed from the input, and written as {@code get-execution-history} prints it.
 */
final class Recordings {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    static final String ORDER = """
            {"StartAt": "Fetch", "States": {
              "Fetch": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:111111111111:function:fetch",
                "Retry": [{"ErrorEquals": ["Flaky"], "IntervalSeconds": 2}], "ResultPath": "$.fetched",
                "Next": "Each"},
              "Each": {"Type": "Map", "ItemsPath": "$.items", "ResultPath": "$.prices",
                "ItemProcessor": {"StartAt": "Price", "States": {
                  "Price": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:111111111111:function:price",
                    "End": true}}},
                "Next": "Big?"},
              "Big?": {"Type": "Choice", "Choices": [
                  {"Variable": "$.prices[0]", "NumericGreaterThan": 15, "Next": "Both"}],
                "Default": "Done"},
              "Both": {"Type": "Parallel", "ResultPath": null, "Next": "Done", "Branches": [
                {"StartAt": "Mail", "States": {"Mail": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
                  "End": true}}},
                {"StartAt": "Log", "States": {"Log": {"Type": "Pass", "End": true}}}]},
              "Done": {"Type": "Succeed"}}}
            """;

    static final String INPUT = "{\"items\": [2, 3, 5]}";

    /** Fetch fails once with Flaky then answers its input; Price answers ten times the item; Mail answers "sent". */
    static TaskResolver awsLike() {
        int[] fetches = {0};
        return call -> switch (call.stateName()) {
            case "Fetch" -> fetches[0]++ == 0 ? TaskOutcome.failure("Flaky", "try again")
                    : TaskOutcome.success(call.input());
            case "Price" -> TaskOutcome.success(
                    JSON.getNodeFactory().numberNode(call.input().asInt() * 10));
            default -> TaskOutcome.success(JSON.getNodeFactory().textNode("sent"));
        };
    }

    private Recordings() {
    }

    static ExecutionRequest request(String asl, String input) {
        AslDocument document = AslParser.parse(asl, DocumentFormat.JSON);
        if (Validator.validate(document).stream().anyMatch(d -> d.isError())) {
            throw new IllegalArgumentException("test definition is invalid: " + Validator.validate(document));
        }
        return ExecutionRequest.of(document.stateMachine(), json(input)).withStartTime(START);
    }

    static ExecutionResult run(String asl, String input, TaskResolver resolver) {
        return Interpreter.run(request(asl, input).withResolver(resolver));
    }

    /** The run as the AWS CLI prints its history: payloads as JSON text. */
    static String historyFile(ExecutionResult result) {
        return HistoryJson.history(result.history()).toPrettyString();
    }

    static RecordedExecution read(String text) {
        HistoryReader.Result read = HistoryReader.read(text, "history.json");
        if (read.execution() == null) {
            throw new IllegalArgumentException("unreadable history: " + read.diagnostics());
        }
        return read.execution();
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static List<String> types(ExecutionResult result) {
        return result.history().stream().map(e -> e.type().awsName()).toList();
    }
}
