package statewise.engine.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import statewise.engine.document.AslDocument;
import statewise.engine.document.JsonPointer;
import statewise.engine.document.SourceMap;
import statewise.engine.document.SourceSpan;
import statewise.engine.parse.TreeReader;

/**
 * The text of every state of a document (nested ones included) by pointer, with the JSON value it reads as: to
 * check that an edit left the text of the states it did not change byte for byte.
 */
final class StateTexts {

    /** A state's value as read, and its text from its key to the end of its value (trailing comments left out). */
    record StateText(JsonNode value, String text) {
    }

    private StateTexts() {
    }

    static Map<String, StateText> of(AslDocument document) {
        TreeReader.Result read = TreeReader.read(document.text(), document.format());
        Map<String, StateText> out = new LinkedHashMap<>();
        if (read.root() != null) {
            graph(read.root(), JsonPointer.ROOT, document.text(), read.sourceMap(), out);
        }
        return out;
    }

    /** The first state whose value is the same in both documents but whose text is not, or null. */
    static String firstRewrittenButUnchanged(AslDocument before, AslDocument after) {
        Map<String, StateText> old = of(before);
        for (Map.Entry<String, StateText> e : of(after).entrySet()) {
            StateText was = old.get(e.getKey());
            if (was != null && was.value().equals(e.getValue().value()) && !was.text().equals(e.getValue().text())) {
                return e.getKey() + ":\n" + was.text() + "\n---- became ----\n" + e.getValue().text();
            }
        }
        return null;
    }

    private static void graph(JsonNode graph, String pointer, String text, SourceMap map, Map<String, StateText> out) {
        JsonNode states = graph.get("States");
        if (states == null || !states.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String state = JsonPointer.child(JsonPointer.child(pointer, "States"), e.getKey());
            SourceMap.Entry entry = map.entry(state);
            if (entry != null) {
                SourceSpan span = entry.member();
                out.put(state, new StateText(e.getValue(), trimComments(text.substring(span.startOffset(),
                        span.endOffset()))));
            }
            JsonNode branches = e.getValue().get("Branches");
            if (branches != null && branches.isArray()) {
                for (int i = 0; i < branches.size(); i++) {
                    graph(branches.get(i), JsonPointer.child(JsonPointer.child(state, "Branches"), i), text, map, out);
                }
            }
            for (String field : new String[] {"ItemProcessor", "Iterator"}) {
                JsonNode processor = e.getValue().get(field);
                if (processor != null && processor.isObject()) {
                    graph(processor, JsonPointer.child(state, field), text, map, out);
                }
            }
        }
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
