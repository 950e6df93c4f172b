package statewise.engine.query;

/**
 * Finds where a bracketed group ends, for scanners that skip a filter, a bracket or an argument list whole. Quoted
 * text and filter regular expressions are skipped, so brackets inside them do not count. The scan is one pass with
 * an explicit depth limit: deeply nested input yields an error, never a {@link StackOverflowError}.
 */
final class Groups {

    /** Deeper nesting than this is refused; real paths nest two or three levels. */
    static final int MAX_DEPTH = 32;

    private Groups() {
    }

    /**
     * The index of the bracket that closes the one at {@code open}.
     *
     * <p>Precondition: {@code text.charAt(open)} is {@code (} or {@code [}. Postcondition: on success the result is
     * the index of the matching {@code )} or {@code ]}; on failure the error's offset is the offending character.
     */
    static ParseResult<Integer> close(String text, int open) {
        char[] expected = new char[MAX_DEPTH];
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                int end = closingQuote(text, i);
                if (end < 0) {
                    return ParseResult.failed("The quoted text starting here is never closed", i);
                }
                i = end;
            } else if (c == '(' || c == '[') {
                if (depth == MAX_DEPTH) {
                    return ParseResult.failed("Brackets are nested more than " + MAX_DEPTH + " levels deep", i);
                }
                expected[depth++] = c == '(' ? ')' : ']';
            } else if (c == ')' || c == ']') {
                if (depth == 0 || expected[depth - 1] != c) {
                    return ParseResult.failed("Unexpected '" + c + "'", i);
                }
                depth--;
                if (depth == 0) {
                    return ParseResult.ok(i);
                }
            } else if (c == '/' && followsRegexOperator(text, i)) {
                int end = closingSlash(text, i);
                if (end < 0) {
                    return ParseResult.failed("The regular expression starting here is never closed", i);
                }
                i = end;
            }
        }
        return ParseResult.failed("'" + text.charAt(open) + "' is never closed", open);
    }

    /** The index of the quote closing the one at {@code open} ({@code \} escapes the next character), or -1. */
    static int closingQuote(String text, int open) {
        char quote = text.charAt(open);
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    private static int closingSlash(String text, int open) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '/') {
                return i;
            }
        }
        return -1;
    }

    /** True when the {@code /} at {@code slash} starts a regular expression: Jayway filters write {@code =~ /re/}. */
    private static boolean followsRegexOperator(String text, int slash) {
        int i = slash - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 1 && text.charAt(i) == '~' && text.charAt(i - 1) == '=';
    }
}
