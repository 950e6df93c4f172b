package statewise.app.debug.model;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.app.session.StatePointers;
import statewise.engine.document.AslDocument;
import statewise.engine.document.SourceMap;
import statewise.engine.document.SourceSpan;

/**
 * Where the editor gutter shows breakpoints: the line of each state's name in the text, and, for a click on any
 * line, the state it belongs to (the state whose name is on it, else the state the line lies in).
 */
public final class BreakpointLines {

    private final AslDocument document;
    private final Map<Integer, String> byLine = new HashMap<>();
    private final Map<String, Integer> lineOf = new HashMap<>();

    private BreakpointLines(AslDocument document) {
        this.document = document;
        SourceMap map = document.sourceMap();
        for (String pointer : StatePointers.of(document).keySet()) {
            if (map.contains(pointer)) {
                SourceSpan key = map.keySpan(pointer);
                int line = (key != null ? key : map.locate(pointer)).startLine() - 1;
                byLine.putIfAbsent(line, pointer);
                lineOf.put(pointer, line);
            }
        }
    }

    public static BreakpointLines of(AslDocument document) {
        return new BreakpointLines(document);
    }

    /** The line (0-based) showing the breakpoint of the state at {@code pointer}, or -1. */
    public int lineOf(String pointer) {
        return lineOf.getOrDefault(pointer, -1);
    }

    /** The state a click on {@code line} (0-based) means, or null outside every state. */
    public @Nullable String stateAt(int line) {
        String named = byLine.get(line);
        if (named != null) {
            return named;
        }
        String text = document.text();
        int start = 0;
        for (int i = 0; i < line; i++) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                return null;
            }
            start = end + 1;
        }
        String inside = StatePointers.stateAt(document, start);
        return inside == null || !lineOf.containsKey(inside) ? null : inside;
    }
}
