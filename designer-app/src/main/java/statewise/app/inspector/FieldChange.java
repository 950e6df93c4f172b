package statewise.app.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One change to a field of the inspected state: set it to {@code value}, or remove it when the value is null.
 *
 * @param field the field's JSON Pointer relative to the state
 * @param value the new value, or null to remove the field
 */
public record FieldChange(String field, @Nullable JsonNode value) {

    public FieldChange {
        Objects.requireNonNull(field, "field");
        value = value == null ? null : value.deepCopy();
    }

    public static FieldChange set(String field, JsonNode value) {
        return new FieldChange(field, value);
    }

    public static FieldChange remove(String field) {
        return new FieldChange(field, null);
    }
}
