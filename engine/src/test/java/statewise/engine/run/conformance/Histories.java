package statewise.engine.run.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.ExecutionStatus;
import statewise.engine.run.history.EventType;
import statewise.engine.run.history.HistoryEvent;

/** Hand-made histories and results, so the harness is tested without the interpreter. */
final class Histories {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant START = Instant.parse("2024-05-06T07:08:09.123Z");

    private final List<HistoryEvent> events = new ArrayList<>();

    /** Adds an event following the previous one; {@code details} is JSON text or null. */
    Histories event(EventType type, @Nullable String details) {
        return event(type, events.size(), details);
    }

    Histories event(EventType type, long previous, @Nullable String details) {
        events.add(new HistoryEvent(events.size() + 1, previous, START.plusMillis(events.size()), type,
                details == null ? null : (ObjectNode) json(details)));
        return this;
    }

    ExecutionResult succeeded(String output) {
        return new ExecutionResult(ExecutionStatus.SUCCEEDED, json(output), null, null, events);
    }

    ExecutionResult failed(@Nullable String error, @Nullable String cause) {
        return new ExecutionResult(ExecutionStatus.FAILED, null, error, cause, events);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** A succeeding Pass state machine's history: started, entered, exited, succeeded. */
    static Histories pass(String name, String input, String output) {
        return new Histories()
                .event(EventType.EXECUTION_STARTED, 0, "{\"input\": " + input + ", \"inputDetails\": "
                        + "{\"truncated\": false}, \"roleArn\": \"arn:aws:iam::111111111111:role/fake-sfn-role\"}")
                .event(EventType.PASS_STATE_ENTERED, 0, "{\"name\": \"" + name + "\", \"input\": " + input
                        + ", \"inputDetails\": {\"truncated\": false}}")
                .event(EventType.PASS_STATE_EXITED, "{\"name\": \"" + name + "\", \"output\": " + output
                        + ", \"outputDetails\": {\"truncated\": false}}")
                .event(EventType.EXECUTION_SUCCEEDED, "{\"output\": " + output + ", \"outputDetails\": "
                        + "{\"truncated\": false}}");
    }
}
