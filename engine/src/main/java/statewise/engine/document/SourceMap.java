package statewise.engine.document;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where every key and value of a parsed document sits in its text, by JSON Pointer. The model holds no positions;
 * this map is how a model element (named by its pointer) finds its text again. Entries keep character offsets
 * only; lines and columns are worked out when a span is asked for, which is rare next to building the map.
 */
public final class SourceMap {

    /** The spans of one element: its key (absent for array elements and the root) and its value. */
    public static final class Entry {
        private final LineIndex lines;
        private final int keyStart;
        private final int keyEnd;
        private final int valueStart;
        private final int valueEnd;

        private Entry(LineIndex lines, int keyStart, int keyEnd, int valueStart, int valueEnd) {
            this.lines = lines;
            this.keyStart = keyStart;
            this.keyEnd = keyEnd;
            this.valueStart = valueStart;
            this.valueEnd = valueEnd;
        }

        /** The key's span, or null for array elements and the root. */
        public @Nullable SourceSpan key() {
            return keyStart < 0 ? null : lines.span(keyStart, keyEnd);
        }

        public SourceSpan value() {
            return lines.span(valueStart, valueEnd);
        }

        /** From the start of the key (or value) to the end of the value. */
        public SourceSpan member() {
            return lines.span(keyStart < 0 ? valueStart : keyStart, valueEnd);
        }

        /** The offset where the key starts, or -1 when there is no key. */
        public int keyStartOffset() {
            return keyStart;
        }

        public int valueStartOffset() {
            return valueStart;
        }

        int memberStartOffset() {
            return keyStart < 0 ? valueStart : keyStart;
        }

        int valueEndOffset() {
            return valueEnd;
        }
    }

    private static final SourceMap EMPTY = new SourceMap(Map.of(), new LineIndex(""));

    private final Map<String, Entry> entries;
    private final LineIndex lines;

    private SourceMap(Map<String, Entry> entries, LineIndex lines) {
        this.entries = entries;
        this.lines = lines;
    }

    public static SourceMap empty() {
        return EMPTY;
    }

    public @Nullable Entry entry(String pointer) {
        return entries.get(pointer);
    }

    public boolean contains(String pointer) {
        return entries.containsKey(pointer);
    }

    public Set<String> pointers() {
        return Collections.unmodifiableSet(entries.keySet());
    }

    /** The span of the value at {@code pointer}, or null when the document has no such element. */
    public @Nullable SourceSpan valueSpan(String pointer) {
        Entry e = entries.get(pointer);
        return e == null ? null : e.value();
    }

    /** The span of the key of the member at {@code pointer}, or null for array elements, the root and absentees. */
    public @Nullable SourceSpan keySpan(String pointer) {
        Entry e = entries.get(pointer);
        return e == null ? null : e.key();
    }

    /**
     * The best span to show for a diagnostic about {@code pointer}: the element's key if it has one (a short,
     * readable underline), else its value; for an element that does not exist (a missing field), the key of the
     * nearest enclosing element that does.
     */
    public SourceSpan locate(String pointer) {
        String p = pointer;
        while (true) {
            Entry e = entries.get(p);
            if (e != null) {
                return e.keyStart >= 0 ? e.key() : shortValueSpan(e.value(), lines);
            }
            if (p.isEmpty()) {
                return lines.span(0, 0);
            }
            p = JsonPointer.parent(p);
        }
    }

    /** The value span, but only its first character when the value is a container (objects span many lines). */
    private static SourceSpan shortValueSpan(SourceSpan value, LineIndex lines) {
        if (value.startLine() == value.endLine()) {
            return value;
        }
        return lines.span(value.startOffset(), lines.afterCharacter(value.startOffset()));
    }

    /** The deepest element whose member span contains {@code offset}, or {@code ""} for the root. */
    public String pointerAt(int offset) {
        String best = JsonPointer.ROOT;
        int bestLength = Integer.MAX_VALUE;
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            Entry entry = e.getValue();
            int start = entry.memberStartOffset();
            int end = entry.valueEndOffset();
            if (offset >= start && offset <= end && end - start < bestLength) {
                best = e.getKey();
                bestLength = end - start;
            }
        }
        return best;
    }

    public int size() {
        return entries.size();
    }

    /** Collects entries while a parser walks the text. Not thread-safe; used once. */
    public static final class Builder {
        private final LineIndex lines;
        private final Map<String, Entry> entries;

        /**
         * @param lines         the text's line index, used when spans are asked for
         * @param expectedSize  about how many entries will come (sizes the table once)
         */
        public Builder(LineIndex lines, int expectedSize) {
            this.lines = lines;
            this.entries = new HashMap<>(Math.max(16, expectedSize * 4 / 3 + 1));
        }

        /** Records an element; {@code keyStart} is -1 for array elements and the root. */
        public Builder put(String pointer, int keyStart, int keyEnd, int valueStart, int valueEnd) {
            entries.put(pointer, new Entry(lines, keyStart, keyEnd, valueStart, valueEnd));
            return this;
        }

        public SourceMap build() {
            return new SourceMap(entries, lines);
        }
    }
}
