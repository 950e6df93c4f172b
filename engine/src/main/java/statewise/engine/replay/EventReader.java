package statewise.engine.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.document.JsonPointer;
import statewise.engine.run.history.EventType;
import statewise.engine.run.history.HistoryEvent;

/**
 * Reads one event of a history file into a {@link HistoryEvent}: its type, ids, timestamp and details, with the
 * payloads AWS sends as JSON text ({@code input}, {@code output}, {@code parameters}, assigned variables) turned
 * back into JSON values. A payload AWS truncated stays text: it is no longer JSON.
 */
final class EventReader {

    /** Where problems go: the reader of the whole file, which knows the file and the positions. */
    interface Report {
        void problem(DiagnosticCode code, boolean error, String message, String pointer);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> PAYLOADS = Set.of("input", "output", "parameters");

    private final Report report;

    EventReader(Report report) {
        this.report = report;
    }

    /** The event at {@code pointer}, or null when it cannot be used (the reason is reported). */
    @Nullable HistoryEvent read(JsonNode node, String pointer) {
        if (!node.isObject()) {
            report.problem(DiagnosticCode.WRONG_TYPE, true, "An event must be an object.", pointer);
            return null;
        }
        JsonNode typeNode = node.get("type");
        if (typeNode == null || !typeNode.isTextual()) {
            report.problem(typeNode == null ? DiagnosticCode.MISSING_FIELD : DiagnosticCode.WRONG_TYPE, true,
                    "The event has no 'type' (a string such as \"TaskStateEntered\").", pointer);
            return null;
        }
        EventType type = EventType.fromAwsName(typeNode.textValue());
        Long id = number(node, "id", pointer, 1, true);
        Long previous = number(node, "previousEventId", pointer, 0, false);
        Instant timestamp = timestamp(node.get("timestamp"), pointer);
        if (type == null) {
            report.problem(DiagnosticCode.INVALID_VALUE, false, "Event " + (id == null ? "" : id + " ")
                    + "has a type Statewise does not know, '" + typeNode.textValue() + "'; it is left out.",
                    JsonPointer.child(pointer, "type"));
            return null;
        }
        if (id == null || timestamp == null) {
            return null;
        }
        String label = "Event " + id + " (" + type.awsName() + ")";
        ObjectNode details = details(node.get(type.detailsField()), JsonPointer.child(pointer, type.detailsField()),
                label);
        return new HistoryEvent(id, previous == null ? 0 : previous, timestamp, type, details);
    }

    private @Nullable Long number(JsonNode event, String field, String pointer, long min, boolean required) {
        JsonNode value = event.get(field);
        String at = JsonPointer.child(pointer, field);
        if (value == null) {
            if (required) {
                report.problem(DiagnosticCode.MISSING_FIELD, true, "The event has no '" + field + "'.", pointer);
            }
            return null;
        }
        if (value.isTextual() && value.textValue().matches("\\d{1,18}")) {
            return Long.parseLong(value.textValue());
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < min) {
            report.problem(DiagnosticCode.WRONG_TYPE, true, "'" + field + "' must be a whole number of at least "
                    + min + ".", at);
            return null;
        }
        return value.longValue();
    }

    /**
     * An event time: the ISO-8601 text the AWS CLI prints ({@code 2024-05-01T10:00:00.123000+02:00}), or the
     * seconds since the epoch that the API and SDKs send ({@code 1714550400.123}).
     */
    private @Nullable Instant timestamp(@Nullable JsonNode value, String pointer) {
        String at = JsonPointer.child(pointer, "timestamp");
        if (value == null) {
            report.problem(DiagnosticCode.MISSING_FIELD, true, "The event has no 'timestamp'.", pointer);
            return null;
        }
        try {
            if (value.isNumber()) {
                BigDecimal nanos = value.decimalValue().movePointRight(9);
                return Instant.ofEpochSecond(0, nanos.longValueExact());
            }
            if (value.isTextual()) {
                return instant(value.textValue());
            }
        } catch (DateTimeException | ArithmeticException e) {
            report.problem(DiagnosticCode.INVALID_VALUE, true, "'timestamp' is not a time: " + value
                    + "; expected ISO-8601 such as 2024-05-01T10:00:00.123+02:00, or seconds since 1970.", at);
            return null;
        }
        report.problem(DiagnosticCode.WRONG_TYPE, true, "'timestamp' must be ISO-8601 text or a number of "
                + "seconds since 1970.", at);
        return null;
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException withoutOffset) {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        }
    }

    private @Nullable ObjectNode details(@Nullable JsonNode node, String pointer, String label) {
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            report.problem(DiagnosticCode.WRONG_TYPE, true, label + ": the details must be an object.", pointer);
            return null;
        }
        ObjectNode out = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            String at = JsonPointer.child(pointer, key);
            if (PAYLOADS.contains(key)) {
                out.set(key, payload(field.getValue(), truncated(node, key), at, label + ": '" + key + "'"));
            } else if (key.equals("assignedVariables") && field.getValue().isObject()) {
                ObjectNode variables = out.putObject(key);
                field.getValue().fields().forEachRemaining(v -> variables.set(v.getKey(), payload(v.getValue(),
                        false, JsonPointer.child(at, v.getKey()), label + ": variable '" + v.getKey() + "'")));
            } else {
                out.set(key, field.getValue());
            }
        }
        return out;
    }

    /** AWS marks a payload it cut short with {@code <name>Details.truncated}. */
    private static boolean truncated(JsonNode details, String payload) {
        return details.path(payload + "Details").path("truncated").asBoolean(false);
    }

    /** A payload as a JSON value: AWS sends JSON text; a file that already holds the value is taken as it is. */
    private JsonNode payload(JsonNode value, boolean truncated, String pointer, String what) {
        if (!value.isTextual() || truncated) {
            return value;
        }
        try {
            JsonNode parsed = JSON.readTree(value.textValue());
            if (parsed != null && !parsed.isMissingNode()) {
                return parsed;
            }
            report.problem(DiagnosticCode.INVALID_VALUE, true, what + " holds no JSON value.", pointer);
        } catch (JsonProcessingException e) {
            report.problem(DiagnosticCode.INVALID_VALUE, true, what + " is not JSON text ("
                    + e.getOriginalMessage() + ").", pointer);
        }
        return value;
    }
}
