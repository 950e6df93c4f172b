package statewise.app.editor;

import java.util.Optional;

/**
 * The bracket next to the caret and its partner, for highlighting both: the bracket just before the caret wins,
 * else the one just after it. Brackets inside strings and comments do not count. A pure function.
 */
public final class BracketMatcher {

    /** Two matching brackets by offset; {@code open < close}. */
    public record Pair(int open, int close) {
    }

    private BracketMatcher() {
    }

    public static Optional<Pair> match(String text, int caret, boolean yaml) {
        for (int at : new int[] {caret - 1, caret}) {
            if (at >= 0 && at < text.length() && isBracket(text.charAt(at))
                    && LineBrackets.isStructural(text, lineStart(text, at), lineEnd(text, at), at, yaml)) {
                return partnerOf(text, at, yaml);
            }
        }
        return Optional.empty();
    }

    private static Optional<Pair> partnerOf(String text, int at, boolean yaml) {
        char bracket = text.charAt(at);
        char partner = LineBrackets.partner(bracket);
        boolean forward = LineBrackets.opens(bracket);
        int depth = 0;
        int lineStart = lineStart(text, at);
        while (lineStart >= 0 && lineStart <= text.length()) {
            int lineEnd = lineEnd(text, lineStart);
            int[] brackets = LineBrackets.of(text, lineStart, lineEnd, yaml);
            for (int k = 0; k < brackets.length; k++) {
                int i = brackets[forward ? k : brackets.length - 1 - k];
                if (forward ? i < at : i > at) {
                    continue;
                }
                char c = text.charAt(i);
                if (c == bracket) {
                    depth++;
                } else if (c == partner && --depth == 0) {
                    return Optional.of(forward ? new Pair(at, i) : new Pair(i, at));
                }
            }
            if (forward) {
                if (lineEnd >= text.length()) {
                    break;
                }
                lineStart = lineEnd + 1;
            } else {
                if (lineStart == 0) {
                    break;
                }
                lineStart = lineStart(text, lineStart - 1);
            }
        }
        return Optional.empty();
    }

    private static boolean isBracket(char c) {
        return c == '{' || c == '}' || c == '[' || c == ']';
    }

    static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    static int lineEnd(String text, int offset) {
        int end = text.indexOf('\n', offset);
        return end < 0 ? text.length() : end;
    }
}
