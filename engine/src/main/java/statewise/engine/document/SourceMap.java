package statewise.engine.document;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Where every key and value of a parsed document sits in its text, by JSON Pointer. The model holds no positions;
 * this map is how a model element (named by its pointer) finds its text again. Entries keep character offsets
 * only; lines and columns are worked out when a span is asked for, which is rare next to building the map. The
 * elements are kept in a {@link PointerTable}, which holds no pointer strings: the document is read again after
 * every pause in typing, and a string per key and value was most of what that reading allocated. A map from pointer
 * strings is built only when asked for, or when keys repeat ({@link PointerIndex}).
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

        /** Where the member starts: its key, or its value when it has no key. */
        public int memberStartOffset() {
            return keyStart < 0 ? valueStart : keyStart;
        }

        public int valueEndOffset() {
            return valueEnd;
        }
    }

    private static final SourceMap EMPTY = new Builder(new LineIndex(""), 0).build();

    private final PointerTable table;
    private final LineIndex lines;
    private final PointerIndex index;

    private SourceMap(PointerTable table, LineIndex lines) {
        this.table = table;
        this.lines = lines;
        this.index = new PointerIndex(table);
    }

    public static SourceMap empty() {
        return EMPTY;
    }

    public @Nullable Entry entry(String pointer) {
        int e = table.find(pointer);
        return e == PointerTable.NONE ? null : entryAt(e);
    }

    public boolean contains(String pointer) {
        return table.find(pointer) != PointerTable.NONE;
    }

    /** Every pointer that names an element. Built when asked for: prefer {@link #forEach} to visit them all. */
    public Set<String> pointers() {
        return Collections.unmodifiableSet(index.byPointer().keySet());
    }

    /** Visits every element with its pointer, each pointer once; parents come before their members. */
    public void forEach(BiConsumer<String, Entry> visitor) {
        forEachWithin(JsonPointer.ROOT, visitor);
    }

    /**
     * Like {@link #forEach(BiConsumer)}, but visits the members of an element only when its pointer passes
     * {@code descend}: a caller that needs a few subtrees of a large document does not pay for a pointer string per
     * element of the rest.
     */
    public void forEach(Predicate<String> descend, BiConsumer<String, Entry> visitor) {
        if (table.repeatedKeys()) {
            index.forEach(descend, (pointer, e) -> visitor.accept(pointer, entryAt(e)));
            return;
        }
        String[] pointers = new String[table.size()];
        boolean[] open = new boolean[table.size()];
        for (int e = 0; e < pointers.length; e++) {
            int parent = table.parent(e);
            if (parent != PointerTable.NONE && !open[parent]) {
                continue;
            }
            pointers[e] = parent == PointerTable.NONE ? JsonPointer.ROOT : pointers[parent] + '/' + table.token(e);
            visitor.accept(pointers[e], entryAt(e));
            open[e] = descend.test(pointers[e]);
        }
    }

    /**
     * Visits the element at {@code pointer} and every element within it, each pointer once, parents before their
     * members; nothing when there is no such element. What {@link #forEach(Predicate, BiConsumer)} visits of that
     * subtree, without walking the rest of the document or building a pointer string per element outside it.
     */
    public void forEachWithin(String pointer, BiConsumer<String, Entry> visitor) {
        if (table.repeatedKeys()) {
            index.forEach(p -> true, (p, e) -> {
                if (p.equals(pointer) || p.startsWith(pointer) && p.charAt(pointer.length()) == '/') {
                    visitor.accept(p, entryAt(e));
                }
            });
            return;
        }
        int top = table.find(pointer);
        if (top == PointerTable.NONE) {
            return;
        }
        int end = top + 1;
        while (end < table.size() && table.parent(end) >= top) {
            end++;
        }
        String[] pointers = new String[end - top];
        pointers[0] = pointer;
        visitor.accept(pointer, entryAt(top));
        for (int e = top + 1; e < end; e++) {
            pointers[e - top] = pointers[table.parent(e) - top] + '/' + table.token(e);
            visitor.accept(pointers[e - top], entryAt(e));
        }
    }

    /**
     * The keys of the members of the object at {@code pointer} in the order the text writes them, without a lookup
     * per member; null when there is no such element, it is an array, or some object repeats a key.
     */
    public @Nullable List<String> memberKeys(String pointer) {
        int e = table.repeatedKeys() ? PointerTable.NONE : table.find(pointer);
        return e == PointerTable.NONE ? null : table.memberKeys(e);
    }

    /** The span of the value at {@code pointer}, or null when the document has no such element. */
    public @Nullable SourceSpan valueSpan(String pointer) {
        int e = table.find(pointer);
        return e == PointerTable.NONE ? null : lines.span(table.valueStart(e), table.valueEnd(e));
    }

    /** The span of the key of the member at {@code pointer}, or null for array elements, the root and absentees. */
    public @Nullable SourceSpan keySpan(String pointer) {
        int e = table.find(pointer);
        return e == PointerTable.NONE || table.keyStart(e) < 0 ? null : lines.span(table.keyStart(e), table.keyEnd(e));
    }

    /**
     * The best span to show for a diagnostic about {@code pointer}: the element's key if it has one (a short,
     * readable underline), else its value; for an element that does not exist (a missing field), the key of the
     * nearest enclosing element that does.
     */
    public SourceSpan locate(String pointer) {
        String p = pointer;
        while (true) {
            int e = table.find(p);
            if (e != PointerTable.NONE) {
                return table.keyStart(e) >= 0 ? lines.span(table.keyStart(e), table.keyEnd(e))
                        : shortValueSpan(lines.span(table.valueStart(e), table.valueEnd(e)), lines);
            }
            if (p.isEmpty()) {
                return lines.span(0, 0);
            }
            p = JsonPointer.parent(p);
        }
    }

    /**
     * The span to underline for a diagnostic about {@code pointer}: with {@link SpanAnchor#VALUE}, the element's
     * value when it sits on one line (a wrong state name, a bad path), else what {@link #locate(String)} gives, so
     * that a wrong value spread over many lines, or an element that does not exist, is marked by its key.
     */
    public SourceSpan locate(String pointer, SpanAnchor anchor) {
        if (anchor == SpanAnchor.VALUE) {
            int e = table.find(pointer);
            if (e != PointerTable.NONE) {
                SourceSpan value = lines.span(table.valueStart(e), table.valueEnd(e));
                if (value.startLine() == value.endLine()) {
                    return value;
                }
            }
        }
        return locate(pointer);
    }

    /** The value span, but only its first character when the value is a container (objects span many lines). */
    private static SourceSpan shortValueSpan(SourceSpan value, LineIndex lines) {
        if (value.startLine() == value.endLine()) {
            return value;
        }
        return lines.span(value.startOffset(), lines.afterCharacter(value.startOffset()));
    }

    /**
     * The deepest element whose member span contains {@code offset}, or {@code ""} for the root. Of two as deep,
     * the one met first in reading order.
     */
    public String pointerAt(int offset) {
        if (table.repeatedKeys()) {
            return index.pointerAt(offset);
        }
        int best = PointerTable.NONE;
        int bestLength = Integer.MAX_VALUE;
        for (int e = 0; e < table.size(); e++) {
            int start = table.keyStart(e) < 0 ? table.valueStart(e) : table.keyStart(e);
            int end = table.valueEnd(e);
            if (offset >= start && offset <= end && end - start < bestLength) {
                best = e;
                bestLength = end - start;
            }
        }
        return best == PointerTable.NONE ? JsonPointer.ROOT : table.pointer(best);
    }

    /** True when some object repeats a key, so that a pointer names only the last of its members with that key. */
    public boolean hasRepeatedKeys() {
        return table.repeatedKeys();
    }

    /** The number of pointers that name an element. */
    public int size() {
        return table.repeatedKeys() ? index.byPointer().size() : table.size();
    }

    private Entry entryAt(int e) {
        return new Entry(lines, table.keyStart(e), table.keyEnd(e), table.valueStart(e), table.valueEnd(e));
    }

    /**
     * Collects elements while a parser walks the text, numbering them in reading order. Not thread-safe; used once.
     */
    public static final class Builder {
        private final LineIndex lines;
        private final PointerTable table;

        /**
         * @param lines         the text's line index, used when spans are asked for
         * @param expectedSize  about how many elements will come (sizes the arrays once)
         */
        public Builder(LineIndex lines, int expectedSize) {
            this.lines = lines;
            this.table = new PointerTable(expectedSize);
        }

        /**
         * Records an element and returns its number: the root when {@code parent} is -1, else member {@code key}
         * of element {@code parent}, or its array element {@code index} when {@code key} is null. {@code keyStart}
         * is -1 for array elements and the root; {@code valueEnd} may be set later with {@link #end}.
         */
        public int add(int parent, @Nullable String key, int index, int keyStart, int keyEnd, int valueStart,
                int valueEnd) {
            return table.add(parent, key, index, keyStart, keyEnd, valueStart, valueEnd);
        }

        /** Sets where the value of element {@code element} ends, once a container is closed. */
        public void end(int element, int valueEnd) {
            table.end(element, valueEnd);
        }

        /** The pointer of element {@code element}, -1 giving the root's (for diagnostics while reading). */
        public String pointer(int element) {
            return element < 0 ? JsonPointer.ROOT : table.pointer(element);
        }

        public SourceMap build() {
            table.seal();
            return new SourceMap(table, lines);
        }
    }
}
