package statewise.app.debug.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import statewise.app.session.Analysis;
import statewise.app.session.StatePointers;
import statewise.engine.document.AslDocument;
import statewise.engine.run.ExecutionRequest;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.Interpreter;
import statewise.engine.run.TaskResolver;
import statewise.engine.run.mock.MockConfigReader;

/** Runs small definitions through the real interpreter, for the debugger's model tests. */
final class Runs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Runs() {
    }

    static AslDocument parse(String definition) {
        return Analysis.of("flow.asl.json", definition).document();
    }

    static Map<String, String> pointers(AslDocument document) {
        Map<String, String> pointers = new LinkedHashMap<>();
        StatePointers.of(document).keySet().forEach(p -> pointers.putIfAbsent(StatePointers.name(p), p));
        return pointers;
    }

    static ExecutionResult run(AslDocument document, String input, String mocks, String testCase) {
        TaskResolver resolver = mocks.isEmpty() ? TaskResolver.ECHO : Objects.requireNonNull(
                MockConfigReader.read(mocks, "mocks.json").config()).select(null, testCase).resolver();
        return Interpreter.run(ExecutionRequest.of(Objects.requireNonNull(document.stateMachine()), json(input))
                .withResolver(Objects.requireNonNull(resolver)));
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A board fed the whole history of {@code result} in one batch. */
    static StatusBoard board(AslDocument document, ExecutionResult result) {
        StatusBoard board = new StatusBoard(pointers(document));
        board.accept(result.history());
        return board;
    }
}
