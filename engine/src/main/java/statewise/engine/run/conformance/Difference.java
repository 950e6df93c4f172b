package statewise.engine.run.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One way our answer differs from AWS's: where (e.g. {@code history #3 ChoiceStateExited "Choice"
 * stateExitedEventDetails.output.x}), a short explanation, and both values as they read.
 *
 * @param where    what differs
 * @param detail   a short explanation, or null when the values say it all
 * @param expected AWS's value as shown to a person, or null for a difference without values
 * @param actual   our value as shown to a person, or null for a difference without values
 */
public record Difference(String where, @Nullable String detail, @Nullable String expected, @Nullable String actual) {

    private static final int MAX_VALUE_CHARS = 240;
    private static final int CONTEXT_BEFORE = 30;
    private static final int CONTEXT_AFTER = 60;

    /**
     * A difference between two JSON values (null: absent). Long strings are shown around where they start to
     * differ, unless the expected one holds placeholders (where the first differing character means little).
     */
    static Difference of(String where, @Nullable JsonNode expected, @Nullable JsonNode actual) {
        if (expected != null && actual != null && expected.isTextual() && actual.isTextual()) {
            String e = expected.textValue();
            String a = actual.textValue();
            if (Math.max(e.length(), a.length()) > MAX_VALUE_CHARS / 2 && !Placeholders.TOKEN.matcher(e).find()) {
                int at = commonPrefix(e, a);
                return new Difference(where, "differs from character " + (at + 1), excerpt(e, at), excerpt(a, at));
            }
        }
        return new Difference(where, null, render(expected), render(actual));
    }

    /** A difference explained in words only. */
    static Difference note(String where, String detail) {
        return new Difference(where, detail, null, null);
    }

    /** Compact JSON, shortened past a few hundred characters; {@code (absent)} for null. */
    static String render(@Nullable JsonNode value) {
        if (value == null) {
            return "(absent)";
        }
        String text = value.toString();
        return text.length() <= MAX_VALUE_CHARS ? text
                : text.substring(0, MAX_VALUE_CHARS) + "… (" + text.length() + " characters)";
    }

    /** The lines a person reads: where and why, then the two values one above the other. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(detail == null ? where : where + ": " + detail);
        if (expected != null || actual != null) {
            lines.add("    expected: " + (expected == null ? "(absent)" : expected));
            lines.add("    actual:   " + (actual == null ? "(absent)" : actual));
        }
        return lines;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static String excerpt(String s, int at) {
        int from = Math.max(0, at - CONTEXT_BEFORE);
        int to = Math.min(s.length(), at + CONTEXT_AFTER);
        String quoted = JsonNodeFactory.instance.textNode(s.substring(from, to)).toString();
        String body = quoted.substring(1, quoted.length() - 1);
        return (from > 0 ? "\"…" : "\"") + body + (to < s.length() ? "…\"" : "\"");
    }
}
