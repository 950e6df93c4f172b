package statewise.engine.run.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.ExecutionStatus;

/**
 * Our execution's answer after the recording's normalisation: what is compared with a case's expectation.
 *
 * @param output  the output, or null when the execution produced none
 * @param error   the error of a failed execution, or null
 * @param cause   the cause of a failed execution (text, or the JSON it held), or null
 * @param history the events in {@code GetExecutionHistory} shape
 * @param notes   transformers that could not be applied, for the reader of a failure
 */
public record NormalizedResult(ExecutionStatus status, @Nullable JsonNode output, @Nullable String error,
        @Nullable JsonNode cause, List<ObjectNode> history, List<String> notes) {

    public NormalizedResult {
        history = List.copyOf(history);
        notes = List.copyOf(notes);
    }

    /** The event types in order. */
    public List<String> events() {
        return history.stream().map(e -> e.path("type").asText()).toList();
    }
}
