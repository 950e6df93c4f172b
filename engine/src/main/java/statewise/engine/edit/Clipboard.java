package statewise.engine.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.DocumentFormat;
import statewise.engine.document.SourceMap;
import statewise.engine.model.QueryLanguage;
import statewise.engine.model.State;
import statewise.engine.model.StateGraph;
import statewise.engine.model.StateMachine;
import statewise.engine.parse.AslParser;
import statewise.engine.parse.ModelBinder;
import statewise.engine.parse.TreeReader;
import statewise.engine.serialize.AslSerializer;

/**
 * Copied states as text, so that they can be pasted into any graph of any open file, or into another program.
 * The text is a small state machine definition in JSON holding the copied states (with the query language they
 * were written in), which is also what a person expects to find on the clipboard. Pasting also accepts a whole
 * definition, a {@code States} object, or a single state.
 */
public final class Clipboard {

    /** What pasting reads: states by name and the query language they were written for. */
    record Content(Map<String, State> states, QueryLanguage language) {
    }

    private Clipboard() {
    }

    /** The clipboard text for the states {@code names} of the graph at {@code graph}, in document order. */
    public static String copy(StateMachine machine, String graph, Collection<String> names) {
        StateGraph source = Graphs.require(machine, graph);
        Map<String, State> states = new LinkedHashMap<>();
        source.states().forEach((name, state) -> {
            if (names.contains(name)) {
                states.put(name, state);
            }
        });
        if (states.isEmpty()) {
            throw new IllegalArgumentException("None of the states to copy is in this graph.");
        }
        String start = states.containsKey(source.startAt()) ? source.startAt() : states.keySet().iterator().next();
        QueryLanguage language = machine.queryLanguage() == QueryLanguage.JSONATA ? QueryLanguage.JSONATA : null;
        return AslSerializer.json().write(new StateMachine(null, start, states, null, null, language, Map.of()));
    }

    /** True when {@code text} holds states that {@link PasteStates} can paste. */
    public static boolean holdsStates(String text) {
        return read(text) != null;
    }

    /** The states in {@code text}, or null when it holds none. */
    static @Nullable Content read(String text) {
        TreeReader.Result read = TreeReader.read(text, DocumentFormat.detect(text));
        if (read.hasSyntaxErrors() || !(read.root() instanceof ObjectNode root)) {
            return null;
        }
        if (root.get("States") instanceof ObjectNode) {
            StateMachine machine = ModelBinder.bindStateMachine(root, SourceMap.empty()).value();
            return machine == null || machine.states().isEmpty() ? null
                    : new Content(machine.states(), machine.defaultQueryLanguage());
        }
        if (AslParser.looksLikeState(root)) {
            State state = StateTrees.bind(root);
            String name = state.type().aslName().isEmpty() ? "State" : state.type().aslName();
            return new Content(Map.of(name, state), QueryLanguage.JSONPATH);
        }
        Map<String, State> states = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!AslParser.looksLikeState(e.getValue())) {
                return null;
            }
            states.put(e.getKey(), StateTrees.bind(e.getValue()));
        }
        return states.isEmpty() ? null : new Content(states, QueryLanguage.JSONPATH);
    }
}
