package statewise.engine.document;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where every key and value of a parsed document sits in its text, by JSON Pointer. The model holds no positions;
 * this map is how a model element (named by its pointer) finds its text again.
 */
public final class SourceMap {

    /** The spans of one element: its key (absent for array elements and the root) and its value. */
    public record Entry(@Nullable SourceSpan key, SourceSpan value) {

        /** From the start of the key (or value) to the end of the value. */
        public SourceSpan member() {
            return key == null ? value : key.to(value);
        }
    }

    private static final SourceMap EMPTY = new SourceMap(Map.of(), SourceSpan.at(0, 1, 1));

    private final Map<String, Entry> entries;
    private final SourceSpan documentStart;

    private SourceMap(Map<String, Entry> entries, SourceSpan documentStart) {
        this.entries = entries;
        this.documentStart = documentStart;
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
                return e.key() != null ? e.key() : shortValueSpan(e.value());
            }
            if (p.isEmpty()) {
                return documentStart;
            }
            p = JsonPointer.parent(p);
        }
    }

    /** The value span, but only its first character when the value is a container (objects span many lines). */
    private static SourceSpan shortValueSpan(SourceSpan value) {
        if (value.startLine() == value.endLine()) {
            return value;
        }
        return new SourceSpan(value.startOffset(), value.startOffset() + 1, value.startLine(), value.startColumn(),
                value.startLine(), value.startColumn() + 1);
    }

    /** The deepest element whose member span contains {@code offset}, or {@code ""} for the root. */
    public String pointerAt(int offset) {
        String best = JsonPointer.ROOT;
        int bestLength = Integer.MAX_VALUE;
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            SourceSpan span = e.getValue().member();
            if (span.contains(offset) && span.length() < bestLength) {
                best = e.getKey();
                bestLength = span.length();
            }
        }
        return best;
    }

    public int size() {
        return entries.size();
    }

    /** Collects entries while a parser walks the text. Not thread-safe; used once. */
    public static final class Builder {
        private final Map<String, Entry> entries = new HashMap<>();

        public Builder put(String pointer, @Nullable SourceSpan key, SourceSpan value) {
            entries.put(pointer, new Entry(key, value));
            return this;
        }

        public SourceMap build() {
            return new SourceMap(Map.copyOf(entries), SourceSpan.at(0, 1, 1));
        }
    }
}
