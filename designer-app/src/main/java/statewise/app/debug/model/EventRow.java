package statewise.app.debug.model;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.history.EventType;
import statewise.engine.run.history.HistoryEvent;

/**
 * One row of the event history table: the event as AWS names it, when it happened and how long after the start,
 * the state it belongs to, and whether it reports a start, a success, a failure or an abort.
 *
 * @param elapsedMillis milliseconds since the execution started
 * @param state         the state the event belongs to, or {@code ""} for the execution's own events
 * @param pointer       that state's JSON pointer, or null
 */
public record EventRow(HistoryEvent event, long elapsedMillis, String state, @Nullable String pointer) {

    /** What an event reports, for the status filter. */
    public enum Outcome {
        STARTED, SUCCEEDED, FAILED, ABORTED;

        public String label() {
            return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
        }
    }

    public long id() {
        return event.id();
    }

    public EventType type() {
        return event.type();
    }

    public Instant timestamp() {
        return event.timestamp();
    }

    public Outcome outcome() {
        return outcomeOf(event.type());
    }

    /** The event's details, {@code {}} for types without any. */
    public ObjectNode details() {
        ObjectNode details = event.details();
        return details == null ? JsonNodeFactory.instance.objectNode() : details;
    }

    /** A one-line summary of the details for the table: error and cause, or the size of the payload. */
    public String summary() {
        ObjectNode d = details();
        if (d.has("error") || d.has("cause")) {
            return (d.path("error").asText("") + " " + d.path("cause").asText("")).strip();
        }
        for (String field : new String[] {"output", "input", "parameters"}) {
            if (d.has(field)) {
                String text = d.get(field).toString();
                return field + ": " + (text.length() > 120 ? text.substring(0, 117) + "…" : text);
            }
        }
        if (d.has("index")) {
            return "index " + d.get("index").asText();
        }
        return d.has("resource") ? d.path("resourceType").asText("") + " " + d.path("resource").asText("") : "";
    }

    static Outcome outcomeOf(EventType type) {
        String aws = type.awsName();
        if (aws.endsWith("Aborted")) {
            return Outcome.ABORTED;
        }
        if (aws.endsWith("Failed") || aws.endsWith("TimedOut")) {
            return Outcome.FAILED;
        }
        if (aws.endsWith("Succeeded") || aws.endsWith("Exited")) {
            return Outcome.SUCCEEDED;
        }
        return Outcome.STARTED;
    }
}
