package statewise.engine.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.AslDocument;
import statewise.engine.document.JsonPointer;
import statewise.engine.document.SourceMap;
import statewise.engine.document.SourceSpan;

/**
 * Where things are in the text of a document: spans by JSON Pointer (from the source map), lines and columns, and
 * the members of a container in the order they are written. Asking for an element the text does not have throws
 * {@link Unpatchable}, which makes the caller write a larger piece of text instead.
 */
final class TextLayout {

    /** Thrown when a piece of the text cannot be changed in place; the caller falls back to a larger piece. */
    static final class Unpatchable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unpatchable(String reason) {
            super(reason, null, false, false);
        }
    }

    private final String text;
    private final SourceMap sourceMap;

    TextLayout(AslDocument document) {
        this.text = document.text();
        this.sourceMap = document.sourceMap();
    }

    String text() {
        return text;
    }

    private SourceMap.Entry entry(String pointer) {
        SourceMap.Entry entry = sourceMap.entry(pointer);
        if (entry == null) {
            throw new Unpatchable("no text for " + pointer);
        }
        return entry;
    }

    boolean has(String pointer) {
        return sourceMap.contains(pointer);
    }

    int valueStart(String pointer) {
        return entry(pointer).valueStartOffset();
    }

    int valueEnd(String pointer) {
        return entry(pointer).value().endOffset();
    }

    boolean hasKey(String pointer) {
        return entry(pointer).keyStartOffset() >= 0;
    }

    int keyStart(String pointer) {
        int start = entry(pointer).keyStartOffset();
        if (start < 0) {
            throw new Unpatchable("no key for " + pointer);
        }
        return start;
    }

    int keyEnd(String pointer) {
        SourceSpan key = entry(pointer).key();
        if (key == null) {
            throw new Unpatchable("no key for " + pointer);
        }
        return key.endOffset();
    }

    /** Where the member starts: its key, or its value for array elements. */
    int memberStart(String pointer) {
        SourceMap.Entry entry = entry(pointer);
        return entry.keyStartOffset() >= 0 ? entry.keyStartOffset() : entry.valueStartOffset();
    }

    /** The pointers of the members of the container {@code node} at {@code pointer}, in text order. */
    List<String> children(String pointer, JsonNode node) {
        List<String> keys = node.isObject() ? textKeys(pointer, node) : null;
        if (keys != null) {
            List<String> children = new ArrayList<>(keys.size());
            for (String key : keys) {
                children.add(JsonPointer.child(pointer, key));
            }
            return Collections.unmodifiableList(children);
        }
        return lookedUp(pointer, node);
    }

    /**
     * The keys of the members of the object {@code node} at {@code pointer}, in text order: {@link #children}
     * without building a pointer per member only to read its key back.
     */
    List<String> keys(String pointer, JsonNode node) {
        List<String> keys = textKeys(pointer, node);
        return keys != null ? keys : lookedUp(pointer, node).stream().map(JsonPointer::lastToken).toList();
    }

    /**
     * The source map's keys of the object at {@code pointer} in one pass, when they are exactly {@code node}'s
     * members; else null (repeated keys, or a node that is not what the text holds there).
     */
    private @Nullable List<String> textKeys(String pointer, JsonNode node) {
        List<String> keys = sourceMap.memberKeys(pointer);
        return keys != null && keys.size() == node.size() && keys.stream().allMatch(node::has) ? keys : null;
    }

    /** {@link #children}, each member looked up in the source map and sorted by where it starts. */
    private List<String> lookedUp(String pointer, JsonNode node) {
        List<String> children = new ArrayList<>(node.size());
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                children.add(JsonPointer.child(pointer, it.next()));
            }
        } else {
            for (int i = 0; i < node.size(); i++) {
                children.add(JsonPointer.child(pointer, i));
            }
        }
        List<Located> located = new ArrayList<>(children.size());
        for (String child : children) {
            located.add(new Located(child, memberStart(child)));
        }
        located.sort(Comparator.comparingInt(Located::start));
        return located.stream().map(Located::pointer).toList();
    }

    /** A member's pointer with where it starts, looked up once rather than at every comparison of a sort. */
    private record Located(String pointer, int start) {
    }

    /** The offset where the line holding {@code offset} starts. */
    int lineStart(int offset) {
        int at = Math.min(offset, text.length());
        while (at > 0 && text.charAt(at - 1) != '\n') {
            at--;
        }
        return at;
    }

    /** The offset of the line break ending the line that holds {@code offset} (or the end of the text). */
    int lineEnd(int offset) {
        int at = text.indexOf('\n', offset);
        return at < 0 ? text.length() : at;
    }

    /** The offset just after the line break ending the line that holds {@code offset}. */
    int afterLine(int offset) {
        return Math.min(text.length(), lineEnd(offset) + 1);
    }

    int column(int offset) {
        return offset - lineStart(offset);
    }

    /** True when only blanks come before {@code offset} on its line. */
    boolean firstOnLine(int offset) {
        return text.substring(lineStart(offset), offset).isBlank();
    }

    /** The blanks that start the line holding {@code offset}. */
    String indentOfLine(int offset) {
        int start = lineStart(offset);
        int end = start;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(start, end);
    }

    boolean singleLine(int start, int end) {
        return text.indexOf('\n', start) < 0 || text.indexOf('\n', start) >= end;
    }

    String slice(int start, int end) {
        return text.substring(start, end);
    }

    char charAt(int offset) {
        return offset < text.length() ? text.charAt(offset) : '\0';
    }
}
