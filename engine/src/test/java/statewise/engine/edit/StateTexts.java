package statewise.engine.edit;

import java.util.LinkedHashMap;
import java.util.Map;
import statewise.engine.document.AslDocument;
import statewise.engine.document.SourceMap;
import statewise.engine.document.SourceSpan;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;

/**
 * The text of every state of a document (nested ones included) by pointer, with the state it reads as: to check
 * that an edit left the text of the states it did not change byte for byte. It works from the document's model and
 * source map, so it reads no text again.
 */
final class StateTexts {

    /** A state as read, and its text from its key to the end of its value (trailing comments left out). */
    record StateText(State state, String text) {
    }

    private StateTexts() {
    }

    static Map<String, StateText> of(AslDocument document) {
        Map<String, StateText> out = new LinkedHashMap<>();
        StateMachine machine = document.stateMachine();
        if (machine == null) {
            return out;
        }
        for (Graphs.Located graph : Graphs.all(machine)) {
            graph.graph().states().forEach((name, state) -> {
                String pointer = new StateRef(graph.pointer(), name).pointer();
                SourceMap.Entry entry = document.sourceMap().entry(pointer);
                if (entry != null) {
                    SourceSpan span = entry.member();
                    out.put(pointer, new StateText(state, trimComments(document.text().substring(span.startOffset(),
                            span.endOffset()))));
                }
            });
        }
        return out;
    }

    /**
     * The first state that is the same in {@code old} (the states {@link #of} found before an edit) and in
     * {@code after}, but whose text is not; null when there is none.
     */
    static String firstRewrittenButUnchanged(Map<String, StateText> old, AslDocument after) {
        for (Map.Entry<String, StateText> e : of(after).entrySet()) {
            StateText was = old.get(e.getKey());
            if (was != null && was.state().equals(e.getValue().state()) && !was.text().equals(e.getValue().text())) {
                return e.getKey() + ":\n" + was.text() + "\n---- became ----\n" + e.getValue().text();
            }
        }
        return null;
    }

    /** YAML block values run on over the comment lines after them; those belong to what follows. */
    private static String trimComments(String text) {
        String out = text.stripTrailing();
        int lastLine = out.lastIndexOf('\n');
        while (lastLine >= 0 && out.substring(lastLine + 1).strip().startsWith("#")) {
            out = out.substring(0, lastLine).stripTrailing();
            lastLine = out.lastIndexOf('\n');
        }
        return out;
    }
}
