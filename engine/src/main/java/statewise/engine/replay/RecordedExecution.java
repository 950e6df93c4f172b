package statewise.engine.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.ExecutionStatus;
import statewise.engine.run.PartialResolver;
import statewise.engine.run.history.EventType;
import statewise.engine.run.history.HistoryEvent;

/**
 * An execution as AWS recorded it, read by {@link HistoryReader}: the events in id order, as the interpreter's own
 * history would hold them, so the designer colours the canvas and fills the event table for an imported run
 * exactly as for a local one ({@link #asResult()}), and a re-run can answer its Task states from it
 * ({@link #resolver()}).
 *
 * @param source the file it was read from, for messages
 * @param events the events, sorted by id
 */
public record RecordedExecution(String source, List<HistoryEvent> events) {

    public RecordedExecution {
        events = List.copyOf(events);
    }

    /** The execution's input, from ExecutionStarted; {@code {}} when the history was exported without data. */
    public JsonNode input() {
        ObjectNode details = details(EventType.EXECUTION_STARTED);
        JsonNode input = details == null ? null : details.get("input");
        return input == null || input.isTextual() && truncated(details, "input")
                ? JsonNodeFactory.instance.objectNode() : input;
    }

    /** When the execution started: the virtual clock of a re-run starts there too. */
    public Instant startTime() {
        return events.isEmpty() ? Instant.EPOCH : events.get(0).timestamp();
    }

    /** How the execution ended, from its last Execution… event; RUNNING when the history has none. */
    public ExecutionStatus status() {
        for (int i = events.size() - 1; i >= 0; i--) {
            switch (events.get(i).type()) {
                case EXECUTION_SUCCEEDED:
                    return ExecutionStatus.SUCCEEDED;
                case EXECUTION_FAILED:
                    return ExecutionStatus.FAILED;
                case EXECUTION_TIMED_OUT:
                    return ExecutionStatus.TIMED_OUT;
                case EXECUTION_ABORTED:
                    return ExecutionStatus.ABORTED;
                default:
                    break;
            }
        }
        return ExecutionStatus.RUNNING;
    }

    /** The recorded run as an execution result: status, output or error and cause, and the whole history. */
    public ExecutionResult asResult() {
        ExecutionStatus status = status();
        HistoryEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
        ObjectNode details = last == null || status == ExecutionStatus.RUNNING ? null : last.details();
        JsonNode output = status == ExecutionStatus.SUCCEEDED && details != null ? details.get("output") : null;
        return new ExecutionResult(status, output, text(details, "error"), text(details, "cause"), events);
    }

    /**
     * A resolver answering each Task invocation with the result recorded for the same state, Map iteration and
     * attempt. Make one per run: it remembers which recorded results it has given.
     */
    public PartialResolver resolver() {
        return new ReplayResolver(source, RecordedTasks.of(events));
    }

    private @Nullable ObjectNode details(EventType type) {
        return events.stream().filter(e -> e.type() == type).findFirst().map(HistoryEvent::details).orElse(null);
    }

    static boolean truncated(ObjectNode details, String payload) {
        return details.path(payload + "Details").path("truncated").asBoolean(false);
    }

    private static @Nullable String text(@Nullable ObjectNode details, String field) {
        JsonNode value = details == null ? null : details.get(field);
        return value == null || value.isNull() ? null : value.isTextual() ? value.textValue() : value.toString();
    }
}
