package statewise.app.editor.complete;

import org.jspecify.annotations.Nullable;
import statewise.app.editor.EditorText;
import statewise.app.editor.complete.CaretContext.ObjectRef;
import statewise.app.editor.complete.CaretContext.Position;
import statewise.app.editor.complete.CaretContext.Via;

/** Reads a {@link CaretContext} from JSON text: strings never span lines, so the caret's line tells most of it. */
final class JsonCaret {

    private JsonCaret() {
    }

    static CaretContext at(String text, int caret) {
        int lineStart = text.lastIndexOf('\n', caret - 1) + 1;
        int stringStart = openStringStart(text, lineStart, caret);
        int open = EditorText.enclosingOpen(text, caret, false);
        if (stringStart >= 0) {
            int before = previousSignificant(text, stringStart - 2);
            return classify(text, before, open, text.substring(stringStart, caret), stringStart,
                    closingQuote(text, caret), true);
        }
        int wordStart = caret;
        while (wordStart > lineStart && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        int before = previousSignificant(text, wordStart - 1);
        return classify(text, before, open, text.substring(wordStart, caret), wordStart, caret, false);
    }

    private static CaretContext classify(String text, int before, int open, String prefix, int from, int to,
            boolean quoted) {
        if (open < 0) {
            return CaretContext.none(to);
        }
        char previous = before < 0 ? 0 : text.charAt(before);
        if (text.charAt(open) == '{') {
            ObjectRef object = new ObjectRef(open, Via.OPEN_BRACKET, containerKey(text, open));
            if (previous == ':') {
                return new CaretContext(Position.VALUE, keyBefore(text, before), prefix, from, to, quoted, object);
            }
            if (previous == '{' || previous == ',') {
                return new CaretContext(Position.KEY, null, prefix, from, to, quoted, object);
            }
            return CaretContext.none(to);
        }
        if (previous == '[' || previous == ',') {
            int holder = EditorText.enclosingOpen(text, open, false);
            ObjectRef object = holder < 0 ? ObjectRef.UNKNOWN
                    : new ObjectRef(holder, Via.OPEN_BRACKET, containerKey(text, holder));
            return new CaretContext(Position.VALUE, containerKey(text, open), prefix, from, to, quoted, object);
        }
        return CaretContext.none(to);
    }

    /** The key whose value starts at {@code open}; for an element of an array, the array's key. */
    private static @Nullable String containerKey(String text, int open) {
        int before = previousSignificant(text, open - 1);
        if (before < 0) {
            return null;
        }
        char c = text.charAt(before);
        if (c == ':') {
            return keyBefore(text, before);
        }
        if (c == '[' || c == ',') {
            int array = EditorText.enclosingOpen(text, open, false);
            return array >= 0 && text.charAt(array) == '[' ? containerKey(text, array) : null;
        }
        return null;
    }

    /** The key of the member whose colon is at {@code colon}, or null when there is no string right before it. */
    private static @Nullable String keyBefore(String text, int colon) {
        int end = previousSignificant(text, colon - 1);
        if (end < 0 || text.charAt(end) != '"') {
            return null;
        }
        int start = end - 1;
        while (start >= 0 && (text.charAt(start) != '"' || start > 0 && text.charAt(start - 1) == '\\')) {
            if (text.charAt(start) == '\n') {
                return null;
            }
            start--;
        }
        return start < 0 ? null : text.substring(start + 1, end);
    }

    /** The offset of the last non-blank character at or before {@code from}, or -1. */
    private static int previousSignificant(String text, int from) {
        int i = Math.min(from, text.length() - 1);
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }

    /** Where the string the caret is in starts (after its quote), or -1 when the caret is not in a string. */
    private static int openStringStart(String text, int lineStart, int caret) {
        int start = -1;
        for (int i = lineStart; i < caret; i++) {
            char c = text.charAt(i);
            if (start >= 0) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    start = -1;
                }
            } else if (c == '"') {
                start = i + 1;
            }
        }
        return start;
    }

    /** The end of the string's content after the caret: its closing quote, or the caret when there is none. */
    private static int closingQuote(String text, int caret) {
        for (int i = caret; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"' || c == '\n') {
                return c == '"' ? i : caret;
            }
        }
        return caret;
    }
}
