package statewise.engine.run.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What AWS answered for a case, after the recording's normalisation.
 *
 * @param status  {@code SUCCEEDED}, {@code FAILED}, {@code TIMED_OUT}, {@code ABORTED}, {@code RUNNING}, or a
 *                non-execution verdict such as {@code API_ERROR}
 * @param output  the execution's output; null when none was recorded (a JSON {@code null} output is a NullNode)
 * @param error   the error of a failed execution; null when absent
 * @param cause   the cause of a failed execution (text, or JSON the recording parsed back); null when absent
 * @param events  the history's event types in order; null when the history was not recorded
 * @param history the recorded events ({@code GetExecutionHistory} shape); null when not recorded
 */
public record Expectation(String status, @Nullable JsonNode output, @Nullable String error, @Nullable JsonNode cause,
        @Nullable List<String> events, @Nullable List<ObjectNode> history) {

    public Expectation {
        events = events == null ? null : List.copyOf(events);
        history = history == null ? null : List.copyOf(history);
    }
}
