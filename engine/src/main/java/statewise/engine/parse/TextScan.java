package statewise.engine.parse;

import statewise.engine.document.LineIndex;

/**
 * Finds where tokens end in the source text, for spans the parsers do not report exactly. Every key and string of
 * a JSON text is looked up once, in reading order, so the next backslash and line break are remembered rather than
 * searched for character by character.
 */
final class TextScan {

    private final String text;
    private final LineIndex lines;
    private final NextChar backslashes;
    private final NextChar lineBreaks;

    TextScan(String text, LineIndex lines) {
        this.text = text;
        this.lines = lines;
        this.backslashes = new NextChar(text, '\\');
        this.lineBreaks = new NextChar(text, '\n');
    }

    /** Moves an end offset back over trailing blanks (YAML end marks sit at the start of what follows). */
    int trimBack(int end, int floor) {
        int e = Math.min(end, text.length());
        while (e > floor && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return Math.max(e, floor);
    }

    /**
     * The end of the JSON scalar (string, number or literal) starting at {@code start}: after the closing quote of
     * a string, else at the next delimiter.
     */
    int scalarEnd(int start) {
        int n = text.length();
        if (start >= n) {
            return n;
        }
        if (text.charAt(start) == '"') {
            return stringEnd(start + 1);
        }
        int i = start;
        while (i < n && ",:{}[]\" \t\r\n".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i == start ? lines.afterCharacter(start) : i;
    }

    /** The end of a string whose text starts at {@code from}: after its closing quote, or at the end of its line. */
    private int stringEnd(int from) {
        int n = text.length();
        int quote = text.indexOf('"', from);
        int end = quote < 0 ? n : quote;
        if (backslashes.from(from) < end) {
            return escapedStringEnd(from);
        }
        int lineBreak = lineBreaks.from(from);
        return lineBreak < end ? lineBreak : quote < 0 ? n : quote + 1;
    }

    private int escapedStringEnd(int from) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i + 1;
            } else if (c == '\n') {
                return i;
            }
        }
        return n;
    }

    /** The next occurrence of one character at or after a position, remembered while positions move forward. */
    private static final class NextChar {
        private final String text;
        private final char c;
        private int searchedFrom = Integer.MAX_VALUE;
        private int found;

        NextChar(String text, char c) {
            this.text = text;
            this.c = c;
        }

        /** The offset of the first {@code c} at or after {@code from}, or the text's length when there is none. */
        int from(int from) {
            if (from < searchedFrom || from > found) {
                int at = text.indexOf(c, from);
                searchedFrom = from;
                found = at < 0 ? text.length() : at;
            }
            return found;
        }
    }
}
