package statewise.app.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.app.session.StatePointers;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.JsonPointer;
import statewise.engine.edit.StateRef;
import statewise.engine.model.QueryLanguage;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;
import statewise.engine.serialize.AslSerializer;

/**
 * The state the inspector shows, read from one document: its JSON as the serializer writes it, its type and
 * effective query language, the names of the states it can go to and the diagnostics found in it. Two equal values
 * show the same form, so the view rebuilds only when this changes.
 *
 * @param pointer     the state's JSON Pointer
 * @param ref         the state as edits address it
 * @param type        the ASL type name, e.g. {@code Task}
 * @param jsonata     true when the state's expressions are JSONata
 * @param tree        the state's JSON
 * @param siblings    the names of the states of its graph, in document order
 * @param diagnostics the diagnostics inside the state (not inside the states it contains)
 */
public record InspectedState(String pointer, StateRef ref, String type, boolean jsonata, ObjectNode tree,
        List<String> siblings, List<Diagnostic> diagnostics) {

    public InspectedState {
        tree = tree.deepCopy();
        siblings = List.copyOf(siblings);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The state at {@code pointer} in a state machine document, or null when there is none. */
    public static @Nullable InspectedState of(AslDocument document, List<Diagnostic> diagnostics,
            @Nullable String pointer) {
        StateMachine machine = document.stateMachine();
        return machine == null ? null : of(machine, document.kind(), diagnostics, pointer);
    }

    /**
     * The state at {@code pointer} in {@code machine}, read from a document of {@code kind} that found
     * {@code diagnostics}, or null when there is none; for a model an edit made, before its text is read again.
     */
    public static @Nullable InspectedState of(StateMachine machine, AslDocument.Kind kind,
            List<Diagnostic> diagnostics, @Nullable String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return null;
        }
        Map<String, State> states = new LinkedHashMap<>();
        StatePointers.addGraph(states, machine, JsonPointer.ROOT);
        State state = states.get(pointer);
        if (state == null) {
            return null;
        }
        String graph = StatePointers.graphOf(pointer);
        List<String> siblings = states.keySet().stream().filter(p -> StatePointers.graphOf(p).equals(graph))
                .map(StatePointers::name).toList();
        QueryLanguage language = state.queryLanguage() != null ? state.queryLanguage()
                : machine.defaultQueryLanguage();
        List<Diagnostic> own = diagnostics.stream()
                .filter(d -> pointer.equals(StatePointers.enclosingState(d.pointer(), kind))).toList();
        ObjectNode tree = (ObjectNode) AslSerializer.tree(state);
        return new InspectedState(pointer, new StateRef(graph, StatePointers.name(pointer)), state.type().aslName(),
                language == QueryLanguage.JSONATA, tree, siblings, own);
    }

    public String name() {
        return ref.name();
    }

    /** The value at a field pointer relative to the state, or null when it is not there. */
    public @Nullable JsonNode value(String field) {
        JsonNode node = tree.at(field);
        return node.isMissingNode() ? null : node;
    }

    /** The diagnostics about {@code field} or anything inside it. */
    public List<Diagnostic> diagnosticsOf(String field) {
        String at = pointer + field;
        return diagnostics.stream().filter(d -> d.pointer().equals(at) || d.pointer().startsWith(at + "/")).toList();
    }

    /** The states the state may go to: the others of its graph. */
    public List<String> targets() {
        return siblings.stream().filter(n -> !n.equals(name())).toList();
    }
}
