package statewise.engine.document;

import org.jspecify.annotations.Nullable;

/**
 * Finds characters of a string value in the document's text, so that a diagnostic about part of a string (the
 * position of a JSONata syntax error inside {@code "{% ... %}"}) can underline that part rather than the whole
 * field. The value's text is read again from its span: JSON strings and YAML double-quoted strings with JSON's
 * escapes, YAML single-quoted strings ({@code ''}) and YAML plain scalars written on one line. Anything else (block
 * scalars, strings folded over several lines, YAML-only escapes) gives no span, and the caller falls back to the
 * field's.
 */
public final class StringSpans {

    private StringSpans() {
    }

    /**
     * The span of characters {@code from} to {@code to} (end exclusive, as offsets into {@code value}) of the
     * string value at {@code pointer}; null when the document has no such element or its text cannot be mapped.
     *
     * @param value the string as the document's model holds it (used to check that the text is read back exactly)
     */
    public static @Nullable SourceSpan within(AslDocument document, String pointer, String value, int from, int to) {
        if (from < 0 || to < from || to > value.length()) {
            throw new IllegalArgumentException("bad range " + from + ".." + to + " in a string of " + value.length());
        }
        SourceMap.Entry entry = document.sourceMap().entry(pointer);
        if (entry == null) {
            return null;
        }
        int start = entry.valueStartOffset();
        int end = entry.valueEndOffset();
        if (start < 0 || end > document.text().length() || start >= end) {
            return null;
        }
        int[] offsets = offsets(document.text(), start, end, value);
        return offsets == null ? null : document.lines().span(offsets[from], offsets[to]);
    }

    /**
     * For each character of {@code value}, the offset in {@code text} where it is written, and one more entry for
     * where the string's text ends; null when the text between {@code start} and {@code end} is not {@code value}
     * written in a form this class reads.
     */
    private static int @Nullable [] offsets(String text, int start, int end, String value) {
        char first = text.charAt(start);
        if (first == '"' || first == '\'') {
            if (end - start < 2 || text.charAt(end - 1) != first) {
                return null;
            }
            return first == '"' ? doubleQuoted(text, start + 1, end - 1, value)
                    : singleQuoted(text, start + 1, end - 1, value);
        }
        String raw = text.substring(start, end);
        if (!raw.equals(value)) {
            return null;
        }
        int[] offsets = new int[value.length() + 1];
        for (int i = 0; i <= value.length(); i++) {
            offsets[i] = start + i;
        }
        return offsets;
    }

    private static int @Nullable [] doubleQuoted(String text, int start, int end, String value) {
        int[] offsets = new int[value.length() + 1];
        int n = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            int width = 1;
            if (c == '\n' || c == '\r') {
                return null;
            }
            if (c == '\\') {
                if (i + 1 >= end) {
                    return null;
                }
                char escaped = text.charAt(i + 1);
                c = unescape(escaped);
                width = 2;
                if (escaped == 'u') {
                    if (i + 6 > end) {
                        return null;
                    }
                    int code = hex(text.substring(i + 2, i + 6));
                    if (code < 0) {
                        return null;
                    }
                    c = (char) code;
                    width = 6;
                } else if (c == 0) {
                    return null;
                }
            }
            if (n >= value.length() || value.charAt(n) != c) {
                return null;
            }
            offsets[n++] = i;
            i += width;
        }
        return finish(offsets, n, value, end);
    }

    private static int @Nullable [] singleQuoted(String text, int start, int end, String value) {
        int[] offsets = new int[value.length() + 1];
        int n = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || n >= value.length() || value.charAt(n) != c) {
                return null;
            }
            offsets[n++] = i;
            i += c == '\'' && i + 1 < end && text.charAt(i + 1) == '\'' ? 2 : 1;
        }
        return finish(offsets, n, value, end);
    }

    private static int @Nullable [] finish(int[] offsets, int n, String value, int end) {
        if (n != value.length()) {
            return null;
        }
        offsets[n] = end;
        return offsets;
    }

    /** The character JSON's escape {@code \c} stands for; 0 for an escape JSON does not have. */
    private static char unescape(char c) {
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> 'u';
            default -> 0;
        };
    }

    private static int hex(String digits) {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = Character.digit(digits.charAt(i), 16);
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }
}
