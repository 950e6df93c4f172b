package statewise.engine.run.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import statewise.engine.corpus.SharedCorpus;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.ExecutionStatus;
import statewise.engine.run.history.EventType;
import statewise.engine.run.history.HistoryEvent;

/**
 * The harness against itself: every recorded execution, turned back into an execution result, compares equal to
 * its recording. This checks the normaliser and the comparator over the whole corpus without the interpreter (a
 * normalised answer must normalise to itself, and text payloads must equal their parsed form).
 */
class RecordedExecutionsTest {

    @Test
    void everyRecordedHistoryComparesEqualToItself() throws IOException {
        List<String> failures = new ArrayList<>();
        int compared = 0;
        for (ConformanceCase c : ConformanceCase.readAll(SharedCorpus.root().resolve("conformance/cases"))) {
            ExecutionResult replay = ConformanceRunner.skipReason(c) == null ? replay(c) : null;
            if (replay == null) {
                continue;
            }
            compared++;
            Comparison comparison = ResultComparator.compare(c, Normalizer.forCase(c).normalize(replay));
            if (!comparison.passed()) {
                failures.add(c.id() + "\n" + comparison.describe());
            }
        }
        assertTrue(compared > 400, "only " + compared + " recorded histories");
        assertEquals(List.of(), failures);
    }

    /** The case's recording as our interpreter would have answered it, or null where it cannot be rebuilt. */
    private static @Nullable ExecutionResult replay(ConformanceCase c) {
        Expectation x = c.expected();
        if (x.history() == null || c.normalization().parallelBranchEventsSorted()) {
            return null;
        }
        List<HistoryEvent> events = new ArrayList<>();
        for (ObjectNode e : x.history()) {
            EventType type = EventType.fromAwsName(e.path("type").asText());
            if (type == null) {
                return null;
            }
            ObjectNode details = e.has(type.detailsField())
                    ? undoPayloads((ObjectNode) undoDates(e.get(type.detailsField()).deepCopy())) : null;
            events.add(new HistoryEvent(e.path("id").asLong(), e.path("previousEventId").asLong(), c.startTime(),
                    type, details));
        }
        JsonNode output = x.output() == null ? null : undoDates(x.output().deepCopy());
        JsonNode cause = x.cause();
        return new ExecutionResult(ExecutionStatus.valueOf(x.status()), output, x.error(),
                cause == null ? null : cause.isTextual() ? cause.textValue() : cause.toString(), events);
    }

    /** Payloads back to values and causes back to text: what the interpreter holds. */
    private static ObjectNode undoPayloads(ObjectNode details) {
        for (String name : List.of("input", "output", "parameters")) {
            if (details.has(name)) {
                details.set(name, parseOrKeep(details.get(name)));
            }
        }
        if (details.has("cause") && !details.get("cause").isTextual()) {
            details.put("cause", details.get("cause").toString());
        }
        if (details.get("assignedVariables") instanceof ObjectNode variables) {
            variables.fieldNames().forEachRemaining(v -> variables.set(v, parseOrKeep(variables.get(v))));
        }
        return details;
    }

    /** {@code "date"} back to a date, as AWS sent it. */
    private static JsonNode undoDates(JsonNode node) {
        if (node.isTextual() && node.textValue().equals("date")) {
            return TextNode.valueOf("2024-01-02T03:04:05.678Z");
        }
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(f -> f.setValue(undoDates(f.getValue())));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, undoDates(array.get(i)));
            }
        }
        return node;
    }

    private static JsonNode parseOrKeep(JsonNode text) {
        if (!text.isTextual()) {
            return text;
        }
        try {
            return Histories.JSON.readTree(text.textValue());
        } catch (JsonProcessingException e) {
            return text;
        }
    }
}
