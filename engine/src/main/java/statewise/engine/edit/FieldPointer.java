package statewise.engine.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.JsonPointer;

/**
 * Setting and removing a field of a state's JSON object by a pointer relative to the state, as the inspector
 * addresses fields: {@code /TimeoutSeconds}, {@code /Parameters/FunctionName}, {@code /Retry/0/MaxAttempts}.
 * Setting creates missing objects on the way; an array index may be one past the end, which appends.
 */
final class FieldPointer {

    private FieldPointer() {
    }

    /** Why {@code field} cannot be set (or removed) in {@code state}, or null when it can. */
    static @Nullable String problem(JsonNode state, String field, boolean remove) {
        List<String> tokens;
        try {
            tokens = JsonPointer.tokens(field);
        } catch (IllegalArgumentException e) {
            return "'" + field + "' is not a field pointer: it starts with '/'.";
        }
        if (tokens.isEmpty()) {
            return "Name a field of the state, e.g. /Comment.";
        }
        JsonNode node = state;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean last = i == tokens.size() - 1;
            if (node.isArray()) {
                int index = index(token);
                int limit = remove || !last ? node.size() - 1 : node.size();
                if (index < 0 || index > limit) {
                    return "There is no element " + token + " in " + String.join("/", tokens.subList(0, i)) + ".";
                }
            } else if (!node.isObject()) {
                return display(field) + " cannot be set: " + String.join("/", tokens.subList(0, i))
                        + " is not an object.";
            }
            JsonNode child = node.isArray() ? node.get(index(token)) : node.get(token);
            if (child == null) {
                return remove ? "The state has no field " + display(field) + "." : null;
            }
            node = child;
        }
        return null;
    }

    static void set(ObjectNode state, String field, JsonNode value) {
        List<String> tokens = JsonPointer.tokens(field);
        JsonNode node = state;
        for (int i = 0; i < tokens.size() - 1; i++) {
            String token = tokens.get(i);
            JsonNode child = node.isArray() ? node.get(index(token)) : node.get(token);
            if (child == null) {
                child = ((ObjectNode) node).putObject(token);
            }
            node = child;
        }
        String last = tokens.get(tokens.size() - 1);
        if (node instanceof ArrayNode array) {
            int index = index(last);
            if (index == array.size()) {
                array.add(value);
            } else {
                array.set(index, value);
            }
        } else {
            ((ObjectNode) node).set(last, value);
        }
    }

    static void remove(ObjectNode state, String field) {
        List<String> tokens = JsonPointer.tokens(field);
        JsonNode node = state;
        for (int i = 0; i < tokens.size() - 1; i++) {
            node = node.isArray() ? node.get(index(tokens.get(i))) : node.get(tokens.get(i));
        }
        String last = tokens.get(tokens.size() - 1);
        if (node instanceof ArrayNode array) {
            array.remove(index(last));
        } else {
            ((ObjectNode) node).remove(last);
        }
    }

    /** The field as a person reads it: {@code Retry/0/MaxAttempts}. */
    static String display(String field) {
        return field.startsWith("/") ? field.substring(1) : field;
    }

    /** The first field name of the pointer ({@code Retry} for {@code /Retry/0}), or "" when there is none. */
    static String head(String field) {
        try {
            List<String> tokens = JsonPointer.tokens(field);
            return tokens.isEmpty() ? "" : tokens.get(0);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static int index(String token) {
        if (token.isEmpty() || token.length() > 9 || !token.chars().allMatch(Character::isDigit)
                || token.length() > 1 && token.charAt(0) == '0') {
            return -1;
        }
        return Integer.parseInt(token);
    }
}
