package statewise.app.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * The Retry and Catch editors' values: new retriers and catchers, the fields each row shows, and error-name lists
 * written as comma-separated text.
 */
public final class Recovery {

    /** The fields of a retrier row after ErrorEquals. */
    public static final List<FieldSpec> RETRIER_FIELDS = List.of(
            FieldSpec.of("/IntervalSeconds", FieldKind.INTEGER, "Seconds before the first retry (default 1)."),
            FieldSpec.of("/MaxAttempts", FieldKind.INTEGER, "Retries at most this many times (default 3; 0: never)."),
            FieldSpec.of("/BackoffRate", FieldKind.NUMBER, "Multiplies the interval after each retry (default 2.0)."),
            FieldSpec.of("/MaxDelaySeconds", FieldKind.INTEGER, "Caps the interval between retries."),
            FieldSpec.choice("/JitterStrategy", "FULL randomises each interval between 0 and its value.", "FULL",
                    "NONE"));

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Recovery() {
    }

    /** A retrier for every error: three attempts, one second apart, doubling. */
    public static ObjectNode newRetrier() {
        ObjectNode retrier = NODES.objectNode();
        retrier.putArray("ErrorEquals").add("States.TaskFailed");
        retrier.put("IntervalSeconds", 1);
        retrier.put("MaxAttempts", 3);
        retrier.put("BackoffRate", 2.0);
        return retrier;
    }

    /** A catcher for every error going to {@code next}, keeping the error next to the input in JSONPath states. */
    public static ObjectNode newCatcher(String next, boolean jsonata) {
        ObjectNode catcher = NODES.objectNode();
        catcher.putArray("ErrorEquals").add("States.ALL");
        catcher.put("Next", next);
        if (!jsonata) {
            catcher.put("ResultPath", "$.error");
        }
        return catcher;
    }

    /** The fields of a catcher row after ErrorEquals and Next. */
    public static List<FieldSpec> catcherFields(boolean jsonata) {
        return jsonata
                ? List.of(FieldSpec.of("/Output", FieldKind.JSON, "The output passed to Next; $states.errorOutput is"
                        + " the error."), FieldSpec.of("/Assign", FieldKind.JSON, "Variables to set when caught."))
                : List.of(FieldSpec.of("/ResultPath", FieldKind.PATH, "Where the error goes in the input, e.g."
                        + " $.error; $ replaces the input."));
    }

    /**
     * The change that appends {@code entry} to the list at {@code field} ({@code /Retry} or {@code /Catch}) whose
     * current value is {@code list}: the first entry writes the whole array, since a state without the field has no
     * array to append to.
     */
    public static FieldChange append(String field, JsonNode list, JsonNode entry) {
        if (list.isArray() && !list.isEmpty()) {
            return FieldChange.set(field + "/" + list.size(), entry);
        }
        ArrayNode array = NODES.arrayNode();
        array.add(entry);
        return FieldChange.set(field, array);
    }

    /**
     * The change that removes the entry at {@code pointer} ({@code /Retry/2}) from {@code list}: removing the last one
     * removes the field, so no empty {@code "Retry": []} is left behind.
     */
    public static FieldChange removeEntry(String pointer, JsonNode list) {
        return FieldChange.remove(list.size() > 1 ? pointer : pointer.substring(0, pointer.lastIndexOf('/')));
    }

    /** An ErrorEquals list as the form shows it: {@code States.Timeout, MyError}. */
    public static String errorsText(JsonNode errorEquals) {
        return String.join(", ", StreamSupport.stream(errorEquals.spliterator(), false).map(JsonNode::asText)
                .toList());
    }

    /** Comma-separated error names as an ErrorEquals array; blanks are dropped. */
    public static ArrayNode errors(String text) {
        ArrayNode array = NODES.arrayNode();
        Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(array::add);
        return array;
    }
}
