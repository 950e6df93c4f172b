package statewise.app.editor;

import java.util.Arrays;

/**
 * Finds the brackets of one line that are structure, not text: outside double-quoted strings (with their escapes)
 * and, in YAML, outside single-quoted strings and comments. JSON strings never span lines, so looking at one line
 * at a time is exact for JSON and good enough for YAML's flow collections.
 */
final class LineBrackets {

    private static final int[] NONE = new int[0];

    private LineBrackets() {
    }

    /** Offsets (into {@code text}) of the structural brackets between {@code start} and {@code end}, ascending. */
    static int[] of(CharSequence text, int start, int end, boolean yaml) {
        int[] found = NONE;
        int count = 0;
        char quote = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || yaml && c == '\'' && startsScalar(text, start, i)) {
                quote = c;
            } else if (yaml && c == '#' && (i == start || Character.isWhitespace(text.charAt(i - 1)))) {
                break;
            } else if (c == '{' || c == '}' || c == '[' || c == ']') {
                if (count == found.length) {
                    found = Arrays.copyOf(found, Math.max(4, count * 2));
                }
                found[count++] = i;
            }
        }
        return count == found.length ? found : Arrays.copyOf(found, count);
    }

    /** True when the structural position {@code i} is outside strings and comments of its line. */
    static boolean isStructural(CharSequence text, int lineStart, int lineEnd, int i, boolean yaml) {
        return Arrays.binarySearch(of(text, lineStart, lineEnd, yaml), i) >= 0;
    }

    static boolean opens(char c) {
        return c == '{' || c == '[';
    }

    static char partner(char c) {
        return switch (c) {
            case '{' -> '}';
            case '[' -> ']';
            case '}' -> '{';
            default -> '[';
        };
    }

    /** A YAML single quote opens a string only where a scalar can start, not inside a word like {@code don't}. */
    private static boolean startsScalar(CharSequence text, int lineStart, int i) {
        if (i == lineStart) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || before == ':' || before == ',' || before == '[' || before == '{'
                || before == '-';
    }
}
