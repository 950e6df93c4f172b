package statewise.engine.parse;

import statewise.engine.document.LineIndex;

/** Finds where tokens end in the source text, for spans the parsers do not report exactly. */
final class TextScan {

    private final String text;
    private final LineIndex lines;

    TextScan(String text, LineIndex lines) {
        this.text = text;
        this.lines = lines;
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
            for (int i = start + 1; i < n; i++) {
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
        int i = start;
        while (i < n && ",:{}[]\" \t\r\n".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i == start ? lines.afterCharacter(start) : i;
    }
}
