package statewise.engine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.ExecutionStatus;
import statewise.engine.run.history.HistoryEvent;

/**
 * Prints an execution for people: one line per history event (id, type, state, the payload that matters,
 * shortened), then the status and the output, or the error and cause.
 */
final class TraceWriter {

    private static final int PAYLOAD_CHARS = 100;
    /** The details members worth a glance, in the order shown; the rest (names, truncation flags) are noise. */
    private static final List<String> SHOWN = List.of("error", "cause", "output", "input", "parameters",
            "resource", "index", "length", "timeoutInSeconds");

    private TraceWriter() {
    }

    static void write(ExecutionResult result, PrintWriter out) {
        List<HistoryEvent> events = result.history();
        int idWidth = events.isEmpty() ? 1 : Long.toString(events.get(events.size() - 1).id()).length();
        int typeWidth = events.stream().mapToInt(e -> e.type().awsName().length()).max().orElse(0);
        int nameWidth = events.stream().mapToInt(e -> stateName(e).length()).max().orElse(0);
        for (HistoryEvent event : events) {
            String line = String.format("%" + idWidth + "d  %-" + typeWidth + "s  %-" + nameWidth + "s  %s",
                    event.id(), event.type().awsName(), stateName(event), payload(event.details()));
            out.println(line.stripTrailing());
        }
        out.println("status: " + result.status().name());
        if (result.status() == ExecutionStatus.SUCCEEDED) {
            out.println("output: " + (result.output() == null ? "null" : result.output().toString()));
        }
        if (result.error() != null) {
            out.println("error: " + result.error());
        }
        if (result.cause() != null) {
            out.println("cause: " + result.cause());
        }
    }

    private static String stateName(HistoryEvent event) {
        ObjectNode details = event.details();
        return details != null && details.path("name").isTextual() ? details.get("name").asText() : "";
    }

    private static String payload(@Nullable ObjectNode details) {
        if (details == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String key : SHOWN) {
            JsonNode value = details.get(key);
            if (key.equals("resource") && value != null && details.path("resourceType").isTextual()) {
                parts.add("resource=" + details.get("resourceType").asText() + ":" + value.asText());
            } else if (value != null) {
                parts.add(key + "=" + (value.isTextual() && !key.equals("input") && !key.equals("output")
                        ? value.asText() : value.toString()));
            }
        }
        if (details.has("assignedVariables")) {
            parts.add("assigned=" + details.get("assignedVariables"));
        }
        String text = String.join(" ", parts).replaceAll("\\s*\\R\\s*", " ");
        return text.length() <= PAYLOAD_CHARS ? text : text.substring(0, PAYLOAD_CHARS - 1) + "…";
    }
}
