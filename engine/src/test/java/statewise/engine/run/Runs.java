package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.parse.AslParser;
import statewise.engine.run.history.HistoryEvent;
import statewise.engine.validate.Validator;

/** Test helper: runs ASL text on the virtual clock from a fixed start, after checking it validates. */
final class Runs {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    private Runs() {
    }

    static ExecutionRequest request(String asl, String input) {
        AslDocument document = AslParser.parse(asl, DocumentFormat.JSON);
        if (Validator.validate(document).stream().anyMatch(d -> d.isError())) {
            throw new IllegalArgumentException("test definition is invalid: " + Validator.validate(document));
        }
        return ExecutionRequest.of(document.stateMachine(), json(input)).withStartTime(START);
    }

    static ExecutionResult run(String asl, String input) {
        return Interpreter.run(request(asl, input));
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /**
     * JSON text as Jackson writes it back, compact: what an asserted value's {@code toString()} is compared with, since
     * JSONata results hold longs where parsed text holds ints ({@code 5} is {@code 5} either way in the text).
     */
    static String compact(String text) {
        return json(text).toString();
    }

    static List<String> types(ExecutionResult result) {
        return result.history().stream().map(e -> e.type().awsName()).toList();
    }

    static HistoryEvent last(ExecutionResult result, String type) {
        return result.history().stream().filter(e -> e.type().awsName().equals(type)).reduce((a, b) -> b)
                .orElseThrow();
    }
}
