package statewise.engine.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * YAML anchors ({@code &name}) and the aliases ({@code *name}) that repeat them. An alias reads as the anchored
 * value, shared rather than copied. Repeating values can blow up a small text exponentially ("billion laughs"), so
 * the values aliases add are counted and capped.
 */
final class YamlAnchors {

    /** The most values that aliases may add to a document. */
    static final int MAX_ALIASED_VALUES = 1_000_000;

    private record Anchored(JsonNode node, int values) {
    }

    private final Map<String, Anchored> anchors = new HashMap<>();
    private long aliasedValues;

    /** Records the value anchored as {@code name}, made of {@code values} JSON values (itself included). */
    void define(String name, JsonNode node, int values) {
        anchors.put(name, new Anchored(node, values));
    }

    /** The value anchored as {@code name}, or null when no anchor has that name. */
    @Nullable JsonNode resolve(String name) {
        Anchored a = anchors.get(name);
        if (a == null) {
            return null;
        }
        aliasedValues += a.values();
        return a.node();
    }

    /** How many JSON values the value anchored as {@code name} is made of (0 when there is no such anchor). */
    int size(String name) {
        Anchored a = anchors.get(name);
        return a == null ? 0 : a.values();
    }

    /**
     * The anchor written in the node properties ({@code &name}, {@code !tag}, in any order) at the start of a node,
     * or null. Jackson reports anchors of mappings and sequences but not of scalars; a node's position includes its
     * properties, so they can be read from the text.
     */
    static @Nullable String anchorAt(String text, int start) {
        int i = start;
        while (i < text.length() && (text.charAt(i) == '&' || text.charAt(i) == '!')) {
            int end = i + 1;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))
                    && ",[]{}".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            if (text.charAt(i) == '&') {
                return text.substring(i + 1, end);
            }
            i = end;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
        }
        return null;
    }

    /** True once aliases have added more than {@link #MAX_ALIASED_VALUES} values. */
    boolean overBudget() {
        return aliasedValues > MAX_ALIASED_VALUES;
    }
}
