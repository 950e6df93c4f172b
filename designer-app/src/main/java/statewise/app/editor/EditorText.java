package statewise.app.editor;

/** Questions about the structure of editor text that hold even while it does not parse. */
public final class EditorText {

    private EditorText() {
    }

    /**
     * The opening bracket of the innermost object or array that contains {@code offset} (brackets in strings and
     * comments do not count), or -1 at the top level.
     */
    public static int enclosingOpen(String text, int offset, boolean yaml) {
        int depth = 0;
        int lineStart = BracketMatcher.lineStart(text, Math.min(offset, text.length()));
        while (true) {
            int lineEnd = BracketMatcher.lineEnd(text, lineStart);
            int[] brackets = LineBrackets.of(text, lineStart, lineEnd, yaml);
            for (int k = brackets.length - 1; k >= 0; k--) {
                int i = brackets[k];
                if (i >= offset) {
                    continue;
                }
                if (!LineBrackets.opens(text.charAt(i))) {
                    depth++;
                } else if (depth == 0) {
                    return i;
                } else {
                    depth--;
                }
            }
            if (lineStart == 0) {
                return -1;
            }
            lineStart = BracketMatcher.lineStart(text, lineStart - 1);
        }
    }
}
