package statewise.engine.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Compares an expected JSON value with an actual one and names the first place they differ, as a JSONPath
 * ({@code $.order.items[2].price}). Numbers are equal when their values are ({@code 1} and {@code 1.0}), because
 * JSON text does not tell them apart and AWS does not either. In a subset match, an expected object only needs
 * its own members to be there (the actual one may have more), recursively; arrays must have the same length and
 * match element by element.
 */
public final class JsonMatch {

    private static final int SHOWN_CHARS = 80;

    private JsonMatch() {
    }

    /** True when the two values are the same JSON value. */
    public static boolean same(@Nullable JsonNode expected, @Nullable JsonNode actual) {
        return difference(expected, actual, false).isEmpty();
    }

    /** True when every member {@code expected} has is in {@code actual} with a matching value. */
    public static boolean contains(@Nullable JsonNode expected, @Nullable JsonNode actual) {
        return difference(expected, actual, true).isEmpty();
    }

    /**
     * Where and how {@code actual} differs from {@code expected}, e.g. {@code "at $.total: expected 12, was 13"},
     * or empty when they match.
     *
     * @param subset true for a subset match, false for equality
     */
    public static Optional<String> difference(@Nullable JsonNode expected, @Nullable JsonNode actual,
            boolean subset) {
        return Optional.ofNullable(compare("$", expected, actual, subset));
    }

    private static @Nullable String compare(String path, @Nullable JsonNode expected, @Nullable JsonNode actual,
            boolean subset) {
        if (expected == null || expected.isMissingNode()) {
            return actual == null || actual.isMissingNode() ? null
                    : "at " + path + ": expected nothing, was " + shown(actual);
        }
        if (actual == null || actual.isMissingNode()) {
            return "at " + path + ": expected " + shown(expected) + ", was missing";
        }
        if (expected.isObject() && actual.isObject()) {
            return compareObjects(path, expected, actual, subset);
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return "at " + path + ": expected an array of " + expected.size() + ", was an array of "
                        + actual.size() + " " + shown(actual);
            }
            for (int i = 0; i < expected.size(); i++) {
                String found = compare(path + "[" + i + "]", expected.get(i), actual.get(i), subset);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0 ? null : mismatch(path, expected,
                    actual);
        }
        return expected.equals(actual) ? null : mismatch(path, expected, actual);
    }

    private static @Nullable String compareObjects(String path, JsonNode expected, JsonNode actual,
            boolean subset) {
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            String child = member(path, member.getKey());
            if (!actual.has(member.getKey())) {
                return "at " + child + ": expected " + shown(member.getValue()) + ", was missing";
            }
            String found = compare(child, member.getValue(), actual.get(member.getKey()), subset);
            if (found != null) {
                return found;
            }
        }
        if (!subset) {
            for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!expected.has(key)) {
                    return "at " + member(path, key) + ": expected nothing, was " + shown(actual.get(key));
                }
            }
        }
        return null;
    }

    private static String mismatch(String path, JsonNode expected, JsonNode actual) {
        return "at " + path + ": expected " + shown(expected) + ", was " + shown(actual);
    }

    private static String member(String path, String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_]*") ? path + "." + key
                : path + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** A value as JSON text, shortened for a one-line message. */
    static String shown(JsonNode value) {
        String text = value.toString();
        return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS - 1) + "…";
    }
}
