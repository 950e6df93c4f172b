package statewise.engine.teststate.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks a JSON value against a shape of a {@link ServiceModel} as TestState checks a mocked result, and words the
 * first fault as AWS does ("Field 'StatusCode' must be a number", "Required field 'ExecutionArn' is missing").
 * Fields are named by their own name, not their path, as AWS names them. Structures are walked in the mock's field
 * order, required fields first; list items and map values are checked against their member shape under the list's or
 * map's field name. Patterns are not checked.
 */
final class ResponseChecker {

    private final ServiceModel model;
    private final FieldValidationMode mode;

    ResponseChecker(ServiceModel model, FieldValidationMode mode) {
        this.model = model;
        this.mode = mode;
    }

    /**
     * The first fault of {@code result} against the output shape, or null when it fits.
     *
     * @param anyJsonMembers top-level fields that may hold any JSON
     */
    @Nullable String check(JsonNode result, String outputShape, Set<String> anyJsonMembers) {
        if (mode == FieldValidationMode.NONE) {
            return null;
        }
        if (!result.isObject()) {
            return "The mocked result must be a JSON object";
        }
        return structure(result, model.shape(outputShape), anyJsonMembers);
    }

    private @Nullable String structure(JsonNode value, JsonNode shape, Set<String> anyJsonMembers) {
        Map<String, String> members = new HashMap<>();
        shape.path("members").fields().forEachRemaining(member -> members.put(
                ResponseTarget.capitalized(member.getKey()), member.getValue().path("shape").asText()));
        if (mode == FieldValidationMode.STRICT) {
            for (JsonNode required : shape.path("required")) {
                String field = ResponseTarget.capitalized(required.asText());
                if (!value.has(field)) {
                    return "Required field '" + field + "' is missing";
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String memberShape = members.get(field.getKey());
            if (memberShape == null || anyJsonMembers.contains(field.getKey())) {
                continue;
            }
            String fault = value(field.getValue(), model.shape(memberShape), field.getKey());
            if (fault != null) {
                return fault;
            }
        }
        return null;
    }

    private @Nullable String value(JsonNode value, JsonNode shape, String field) {
        return switch (shape.path("type").asText()) {
            case "structure" -> shape.path("document").asBoolean() ? null
                    : value.isObject() ? structure(value, shape, Set.of()) : mustBe(field, "an object");
            case "list" -> list(value, shape, field);
            case "map" -> map(value, shape, field);
            case "string" -> string(value, shape, field);
            case "blob" -> value.isTextual() ? length(value.textValue().length(), shape, field)
                    : mustBe(field, "a string");
            case "timestamp" -> value.isTextual() ? null : mustBe(field, "a string");
            case "boolean" -> value.isBoolean() ? null : mustBe(field, "a boolean");
            case "integer", "long" -> value.isNumber() && value.canConvertToExactIntegral()
                    ? range(value.decimalValue(), shape, field) : mustBe(field, "a number");
            case "float", "double" -> value.isNumber() ? range(value.decimalValue(), shape, field)
                    : mustBe(field, "a number");
            default -> null;
        };
    }

    private @Nullable String list(JsonNode value, JsonNode shape, String field) {
        if (!value.isArray()) {
            return mustBe(field, "an array");
        }
        JsonNode member = model.shape(shape.path("member").path("shape").asText());
        for (JsonNode item : value) {
            String fault = value(item, member, field);
            if (fault != null) {
                return fault;
            }
        }
        return length(value.size(), shape, field);
    }

    private @Nullable String map(JsonNode value, JsonNode shape, String field) {
        if (!value.isObject()) {
            return mustBe(field, "an object");
        }
        JsonNode valueShape = model.shape(shape.path("value").path("shape").asText());
        for (JsonNode item : value) {
            String fault = value(item, valueShape, field);
            if (fault != null) {
                return fault;
            }
        }
        return length(value.size(), shape, field);
    }

    private @Nullable String string(JsonNode value, JsonNode shape, String field) {
        if (!value.isTextual()) {
            return mustBe(field, "a string");
        }
        String text = value.textValue();
        JsonNode allowed = shape.get("enum");
        if (allowed != null && allowed.isArray()) {
            boolean known = false;
            for (JsonNode option : allowed) {
                known |= option.asText().equals(text);
            }
            if (!known) {
                return "Field '" + field + "' is not an expected value";
            }
        }
        return length(text.codePointCount(0, text.length()), shape, field);
    }

    private static @Nullable String length(int length, JsonNode shape, String field) {
        if (shape.has("min") && length < shape.get("min").asLong()) {
            return "Field '" + field + "' is smaller than the minimum length";
        }
        if (shape.has("max") && length > shape.get("max").asLong()) {
            return "Field '" + field + "' exceeds the maximum length";
        }
        return null;
    }

    private static @Nullable String range(BigDecimal number, JsonNode shape, String field) {
        if (shape.has("min") && number.compareTo(shape.get("min").decimalValue()) < 0) {
            return "Field '" + field + "' is less than the minimum value";
        }
        if (shape.has("max") && number.compareTo(shape.get("max").decimalValue()) > 0) {
            return "Field '" + field + "' exceeds the maximum value";
        }
        return null;
    }

    private static String mustBe(String field, String kind) {
        return "Field '" + field + "' must be " + kind;
    }
}
