package statewise.engine.run.history;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One history event. {@code details} holds the members of the type's details object; payloads ({@code input},
 * {@code output}, {@code parameters}, ...) are kept as JSON values here and written as JSON text, as AWS does,
 * only when the history is exported ({@link HistoryJson}). Treat {@code details} as read-only.
 *
 * @param id              1 for the first event, then one more for each event
 * @param previousEventId the event this one follows from (0 for the first event and for the first state's entry)
 * @param timestamp       when it happened (on the execution's clock, virtual or real)
 * @param details         the details members, or null for types without details (e.g. ParallelStateStarted)
 */
public record HistoryEvent(long id, long previousEventId, Instant timestamp, EventType type,
        @Nullable ObjectNode details) {
}
