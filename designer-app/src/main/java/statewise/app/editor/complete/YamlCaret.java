package statewise.app.editor.complete;

import org.jspecify.annotations.Nullable;
import statewise.app.editor.complete.CaretContext.ObjectRef;
import statewise.app.editor.complete.CaretContext.Position;
import statewise.app.editor.complete.CaretContext.Via;

/**
 * Reads a {@link CaretContext} from block-style YAML: the caret's line says key or value, and indentation says which
 * object it belongs to (the keys at the same indentation above it, or the key it is nested under).
 */
final class YamlCaret {

    /** One line split into its parts: where its key starts (after any list dashes), the key, and the value. */
    private record Line(int start, int keyColumn, boolean item, @Nullable String key, int valueStart) {

        boolean blank() {
            return keyColumn < 0;
        }
    }

    private YamlCaret() {
    }

    static CaretContext at(String text, int caret) {
        int lineStart = text.lastIndexOf('\n', caret - 1) + 1;
        int lineEnd = text.indexOf('\n', caret);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        Line line = parse(text, lineStart, caret);
        if (line.blank() && caret > lineStart && text.substring(lineStart, caret).isBlank()) {
            line = new Line(lineStart, caret - lineStart, false, null, -1);
        } else if (line.blank()) {
            return CaretContext.none(caret);
        }
        ObjectRef object = objectOf(text, line);
        int keyStart = lineStart + line.keyColumn();
        if (line.key() != null && line.valueStart() >= 0 && caret >= line.valueStart()) {
            return value(text, line.key(), line.valueStart(), caret, lineEnd, object);
        }
        if (line.item() && line.key() == null && !CompletionEngine.holdsObjects(object.containerKey())) {
            return value(text, object.containerKey(), keyStart, caret, lineEnd, parentObject(text, line));
        }
        String prefix = text.substring(keyStart, caret);
        int end = keyStart + prefix.length();
        while (end < lineEnd && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return new CaretContext(Position.KEY, null, prefix, keyStart, end, false, object);
    }

    private static CaretContext value(String text, @Nullable String key, int valueStart, int caret, int lineEnd,
            ObjectRef object) {
        int from = valueStart;
        boolean quoted = from < caret && (text.charAt(from) == '"' || text.charAt(from) == '\'');
        if (quoted) {
            from++;
        }
        int to = lineEnd;
        while (to > caret && (Character.isWhitespace(text.charAt(to - 1)) || text.charAt(to - 1) == '"'
                || text.charAt(to - 1) == '\'')) {
            to--;
        }
        return new CaretContext(Position.VALUE, key, text.substring(from, caret), from, Math.max(to, caret), false,
                object);
    }

    /** The object a key on {@code line} belongs to: a sibling key above at the same column, or the parent key. */
    private static ObjectRef objectOf(String text, Line line) {
        if (line.item()) {
            return new ObjectRef(-1, Via.NONE, parentKey(text, line));
        }
        int start = line.start();
        while (start > 0) {
            start = text.lastIndexOf('\n', start - 2) + 1;
            Line above = parse(text, start, lineEnd(text, start));
            if (above.blank()) {
                continue;
            }
            if (above.keyColumn() == line.keyColumn() && above.key() != null) {
                return new ObjectRef(start + above.keyColumn(), Via.SIBLING_KEY, parentKey(text, above));
            }
            if (above.keyColumn() < line.keyColumn()) {
                return new ObjectRef(start + above.keyColumn(), Via.PARENT_KEY, above.key());
            }
        }
        return new ObjectRef(-1, Via.NONE, null);
    }

    /** The object holding the list a dash item without a key is in. */
    private static ObjectRef parentObject(String text, Line line) {
        Line plain = new Line(line.start(), line.keyColumn() - 2, false, null, -1);
        return objectOf(text, plain);
    }

    /** The key of the nearest line above with a smaller key column: the key {@code line}'s object belongs to. */
    private static @Nullable String parentKey(String text, Line line) {
        int column = line.item() ? line.keyColumn() - 2 : line.keyColumn();
        int start = line.start();
        while (start > 0) {
            start = text.lastIndexOf('\n', start - 2) + 1;
            Line above = parse(text, start, lineEnd(text, start));
            if (!above.blank() && above.keyColumn() < column) {
                return above.key();
            }
        }
        return null;
    }

    private static Line parse(String text, int start, int end) {
        int i = start;
        boolean item = false;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '-' && (i + 1 == end || text.charAt(i + 1) == ' ')) {
                item = true;
                i = Math.min(end, i + 2);
            } else {
                break;
            }
        }
        if (i == end && !item || i < end && text.charAt(i) == '#') {
            return new Line(start, -1, false, null, -1);
        }
        int colon = keyColon(text, i, end);
        if (colon < 0) {
            return new Line(start, i - start, item, null, -1);
        }
        int valueStart = colon + 1;
        while (valueStart < end && text.charAt(valueStart) == ' ') {
            valueStart++;
        }
        return new Line(start, i - start, item, unquote(text.substring(i, colon).strip()), valueStart);
    }

    /** The colon that ends a key starting at {@code from}: followed by a blank or the end of the line. */
    private static int keyColon(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == ':' && (i + 1 == end || text.charAt(i + 1) == ' ')) {
                return i;
            }
            if (c == '#' || c == '{' || c == '[') {
                return -1;
            }
        }
        return -1;
    }

    private static String unquote(String key) {
        if (key.length() >= 2 && (key.charAt(0) == '"' || key.charAt(0) == '\'')
                && key.charAt(key.length() - 1) == key.charAt(0)) {
            return key.substring(1, key.length() - 1);
        }
        return key;
    }

    private static int lineEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end;
    }
}
