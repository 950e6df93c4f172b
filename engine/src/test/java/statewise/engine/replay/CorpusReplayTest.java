package statewise.engine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import statewise.engine.corpus.SharedCorpus;
import statewise.engine.document.DocumentFormat;
import statewise.engine.model.StateMachine;
import statewise.engine.parse.AslParser;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.Interpreter;
import statewise.engine.run.conformance.ConformanceCase;
import statewise.engine.run.conformance.ConformanceRunner;

/**
 * Replay against AWS's own recordings: for every {@code services} execution case whose recorded history holds task
 * results, the history is written back as {@code get-execution-history} prints it (payloads as JSON text, real
 * timestamps), read, and replayed against the same definition. Wherever the conformance harness (which answers
 * tasks from the same recording its own way) reproduces AWS's event types, replay must reproduce them too.
 */
class CorpusReplayTest {

    private static final Set<String> TASK_RESULTS = Set.of("TaskSucceeded", "TaskFailed", "TaskTimedOut",
            "LambdaFunctionSucceeded", "LambdaFunctionFailed", "LambdaFunctionTimedOut", "ActivitySucceeded",
            "ActivityFailed", "ActivityTimedOut");
    private static final Set<String> PAYLOADS = Set.of("input", "output", "parameters");
    private static final int AT_LEAST_REPLAYED = 80;

    @Test
    void replayReproducesAwsEventTypesWhereverTheHarnessDoes() throws IOException {
        List<ConformanceCase> cases = ConformanceCase.readAll(SharedCorpus.root().resolve("conformance/cases/services"))
                .stream().filter(CorpusReplayTest::hasTaskResults).toList();
        List<String> differing = new ArrayList<>();
        int compared = 0;
        for (ConformanceCase testCase : cases) {
            StateMachine machine = AslParser.parse(testCase.definition().toString(), DocumentFormat.JSON)
                    .stateMachine();
            if (machine == null || !testCase.expected().events().equals(types(Interpreter.run(
                    ConformanceRunner.request(testCase, machine))))) {
                continue;
            }
            compared++;
            RecordedExecution recording = Recordings.read(cliShape(testCase).toString());
            ExecutionResult replayed = Interpreter.run(ConformanceRunner.request(testCase, machine)
                    .withResolver(recording.resolver()));
            if (!testCase.expected().events().equals(types(replayed))) {
                differing.add(testCase.id() + ": " + (replayed.cause() == null ? types(replayed) : replayed.cause()));
            }
        }
        System.out.println("Replay of recorded service executions: " + (compared - differing.size()) + " of "
                + compared + " reproduce AWS's event types (" + cases.size() + " cases hold task results)");
        assertEquals(List.of(), differing);
        assertTrue(compared >= AT_LEAST_REPLAYED, "only " + compared + " cases were compared");
    }

    private static boolean hasTaskResults(ConformanceCase testCase) {
        return ConformanceRunner.skipReason(testCase) == null && testCase.expected().history() != null
                && testCase.expected().events().stream().anyMatch(TASK_RESULTS::contains);
    }

    private static List<String> types(ExecutionResult result) {
        return result.history().stream().map(e -> e.type().awsName()).toList();
    }

    /** The recorded events as the AWS CLI prints them: one second apart, payloads as JSON text. */
    private static ObjectNode cliShape(ConformanceCase testCase) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode events = root.putArray("events");
        Instant time = testCase.startTime();
        for (ObjectNode recorded : testCase.expected().history()) {
            ObjectNode event = recorded.deepCopy();
            event.put("timestamp", time.toString());
            time = time.plusSeconds(1);
            for (Iterator<Map.Entry<String, JsonNode>> it = event.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().endsWith("EventDetails") && field.getValue().isObject()) {
                    stringifyPayloads((ObjectNode) field.getValue());
                }
            }
            events.add(event);
        }
        return root;
    }

    private static void stringifyPayloads(ObjectNode details) {
        for (String payload : PAYLOADS) {
            JsonNode value = details.get(payload);
            if (value != null) {
                details.put(payload, value.toString());
            }
        }
    }
}
