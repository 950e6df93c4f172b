package statewise.app.editor;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.app.session.StatePointers;
import statewise.engine.document.AslDocument;
import statewise.engine.document.JsonPointer;
import statewise.engine.document.SourceMap;
import statewise.engine.model.State;

/**
 * Which state a place in the text refers to, for Ctrl+click: the value of a {@code Next}, {@code Default} or
 * {@code StartAt} (in a state, a Choice rule or a catcher) names a state of the same graph, and a state's own name
 * refers to itself. A pure function of an analysed document.
 */
public final class StateReferences {

    private StateReferences() {
    }

    /** The pointer of the state referred to at {@code offset}, or null when the text there names none. */
    public static @Nullable String targetAt(AslDocument document, int offset) {
        SourceMap map = document.sourceMap();
        if (map.size() == 0) {
            return null;
        }
        String pointer = map.pointerAt(offset);
        if (pointer.isEmpty()) {
            return null;
        }
        Map<String, State> states = StatePointers.of(document);
        SourceMap.Entry entry = map.entry(pointer);
        if (states.containsKey(pointer)) {
            return entry != null && entry.key() != null && entry.key().contains(offset) ? pointer : null;
        }
        String field = JsonPointer.lastToken(pointer);
        String graph = graphNamedBy(pointer, field, document.kind());
        if (graph == null || entry == null || !entry.value().contains(offset)) {
            return null;
        }
        String name = stringValue(document.text(), entry);
        String target = name == null ? null : JsonPointer.child(JsonPointer.child(graph, "States"), name);
        return target != null && states.containsKey(target) ? target : null;
    }

    /** The graph whose states a transition field names, or null when {@code field} is not one. */
    private static @Nullable String graphNamedBy(String pointer, String field, AslDocument.Kind kind) {
        if (field.equals("StartAt")) {
            return JsonPointer.parent(pointer);
        }
        if (!field.equals("Next") && !field.equals("Default")) {
            return null;
        }
        String state = StatePointers.enclosingState(pointer, kind);
        return state == null || state.isEmpty() ? null : StatePointers.graphOf(state);
    }

    /** The text of a string value without its quotes (JSON or YAML), or null for other values. */
    private static @Nullable String stringValue(String text, SourceMap.Entry entry) {
        int start = entry.value().startOffset();
        int end = Math.min(entry.value().endOffset(), text.length());
        if (end <= start) {
            return null;
        }
        String raw = text.substring(start, end).strip();
        if (raw.length() >= 2 && (raw.charAt(0) == '"' || raw.charAt(0) == '\'')
                && raw.charAt(raw.length() - 1) == raw.charAt(0)) {
            return raw.substring(1, raw.length() - 1);
        }
        return raw.startsWith("{") || raw.startsWith("[") ? null : raw;
    }
}
