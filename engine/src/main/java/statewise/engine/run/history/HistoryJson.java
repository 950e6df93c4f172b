package statewise.engine.run.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes history in the shape of AWS's {@code GetExecutionHistory} answer: {@code {"events": [...]}} with each
 * event's {@code timestamp} (ISO-8601), {@code type}, {@code id}, {@code previousEventId} and details, where
 * payloads ({@code input}, {@code output}, {@code parameters}, each assigned variable) are JSON text, as AWS sends
 * them.
 */
public final class HistoryJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> TEXT_PAYLOADS = Set.of("input", "output", "parameters");

    private HistoryJson() {
    }

    /** {@code {"events": [...]}} for the given events. */
    public static ObjectNode history(List<HistoryEvent> events) {
        ObjectNode root = NODES.objectNode();
        ArrayNode array = root.putArray("events");
        events.forEach(e -> array.add(event(e)));
        return root;
    }

    public static ObjectNode event(HistoryEvent e) {
        ObjectNode node = NODES.objectNode();
        node.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(e.timestamp()));
        node.put("type", e.type().awsName());
        node.put("id", e.id());
        node.put("previousEventId", e.previousEventId());
        if (e.details() != null) {
            node.set(e.type().detailsField(), details(e.details()));
        }
        return node;
    }

    private static ObjectNode details(ObjectNode details) {
        ObjectNode out = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = details.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (TEXT_PAYLOADS.contains(field.getKey())) {
                out.put(field.getKey(), value.toString());
            } else if (field.getKey().equals("assignedVariables") && value.isObject()) {
                ObjectNode variables = out.putObject("assignedVariables");
                value.fields().forEachRemaining(v -> variables.put(v.getKey(), v.getValue().toString()));
            } else {
                out.set(field.getKey(), value);
            }
        }
        return out;
    }
}
