package statewise.engine.query;

/**
 * Character-level helpers for looking into a JSONata expression without parsing it: they step over string
 * literals, back-quoted names, comments and regular expressions, so that what remains is operators, names and
 * brackets. Shared by the nesting guard of {@link JsonataSyntax} and by {@link JsonataVariables}.
 */
final class JsonataScan {

    /** Characters after which a {@code /} starts a regular expression rather than a division. */
    private static final String OPERAND_EXPECTED = "([{,:;?=!<>+-*%&|~^";

    private JsonataScan() {
    }

    /**
     * The index after the string, back-quoted name, comment or regular expression starting at {@code i}, or
     * {@code i} itself when none starts there. An unterminated one runs to the end of the text.
     */
    static int skip(String body, int i) {
        char c = body.charAt(i);
        if (c == '"' || c == '\'' || c == '`') {
            return closing(body, i + 1, c);
        }
        if (c == '/' && i + 1 < body.length() && body.charAt(i + 1) == '*') {
            int end = body.indexOf("*/", i + 2);
            return end < 0 ? body.length() : end + 2;
        }
        if (c == '/' && startsRegex(body, i)) {
            return closing(body, i + 1, '/');
        }
        return i;
    }

    /**
     * The offset of the first opening bracket nested deeper than {@code limit}, or -1. Brackets are {@code (},
     * {@code [} and {@code {}, counted together.
     */
    static int tooDeep(String body, int limit) {
        int depth = 0;
        int i = 0;
        while (i < body.length()) {
            int skipped = skip(body, i);
            if (skipped != i) {
                i = skipped;
                continue;
            }
            char c = body.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
                if (depth > limit) {
                    return i;
                }
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
            i++;
        }
        return -1;
    }

    /** The last non-blank character before {@code i}, or 0 when there is none. */
    static char previousSignificant(String body, int i) {
        int j = i - 1;
        while (j >= 0 && Character.isWhitespace(body.charAt(j))) {
            j--;
        }
        return j < 0 ? 0 : body.charAt(j);
    }

    /** The index of the first non-blank character at or after {@code i} (the length when there is none). */
    static int nextSignificant(String body, int i) {
        int j = i;
        while (j < body.length() && Character.isWhitespace(body.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean startsRegex(String body, int i) {
        char previous = previousSignificant(body, i);
        return previous == 0 || OPERAND_EXPECTED.indexOf(previous) >= 0;
    }

    private static int closing(String body, int from, char close) {
        for (int i = from; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && close != '`') {
                i++;
            } else if (c == close) {
                return i + 1;
            }
        }
        return body.length();
    }
}
