package statewise.app.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.AslDocument;
import statewise.engine.document.JsonPointer;
import statewise.engine.document.SourceMap;
import statewise.engine.model.Branch;
import statewise.engine.model.MapState;
import statewise.engine.model.ParallelState;
import statewise.engine.model.State;
import statewise.engine.model.StateGraph;
import statewise.engine.model.StateMachine;

/**
 * Names states by JSON pointer, the one key every view shares: {@code /States/A}, and for nested states
 * {@code /States/P/Branches/0/States/B} or {@code /States/M/ItemProcessor/States/C} ({@code Iterator} in older
 * definitions). A single-state document's state is the root, {@code ""}.
 */
public final class StatePointers {

    private static final String STATES = "States";

    private StatePointers() {
    }

    /** Every state of the document by pointer, nested ones right after the state that holds them. */
    public static Map<String, State> of(AslDocument document) {
        Map<String, State> states = new LinkedHashMap<>();
        StateMachine machine = document.stateMachine();
        State single = document.state();
        if (machine != null) {
            addGraph(states, machine, JsonPointer.ROOT);
        } else if (single != null) {
            states.put(JsonPointer.ROOT, single);
        }
        return states;
    }

    /** The states of {@code graph} (the graph at {@code graphPointer}) and of every graph nested in them. */
    public static void addGraph(Map<String, State> out, StateGraph graph, String graphPointer) {
        String statesPointer = JsonPointer.child(graphPointer, STATES);
        graph.states().forEach((name, state) -> addState(out, state, JsonPointer.child(statesPointer, name)));
    }

    /** The state at {@code pointer} and the states of every graph nested in it, as {@link #addGraph} adds them. */
    public static void addState(Map<String, State> out, State state, String pointer) {
        out.put(pointer, state);
        if (state instanceof ParallelState parallel && parallel.branches() != null) {
            List<Branch> branches = parallel.branches();
            for (int i = 0; i < branches.size(); i++) {
                addGraph(out, branches.get(i), JsonPointer.child(JsonPointer.child(pointer, "Branches"), i));
            }
        } else if (state instanceof MapState map && map.processor() != null) {
            String field = map.itemProcessor() != null ? "ItemProcessor" : "Iterator";
            addGraph(out, map.processor(), JsonPointer.child(pointer, field));
        }
    }

    /**
     * The innermost state that contains the element at {@code pointer} (the state itself when it is one), or null
     * when the pointer is outside every state, e.g. {@code /StartAt}.
     */
    public static @Nullable String enclosingState(String pointer, AslDocument.Kind kind) {
        if (kind == AslDocument.Kind.STATE) {
            return JsonPointer.ROOT;
        }
        List<String> tokens = JsonPointer.tokens(pointer);
        String found = null;
        String graph = JsonPointer.ROOT;
        int i = 0;
        while (i + 1 < tokens.size() && tokens.get(i).equals(STATES)) {
            String state = JsonPointer.child(JsonPointer.child(graph, STATES), tokens.get(i + 1));
            found = state;
            i += 2;
            if (i + 2 < tokens.size() && tokens.get(i).equals("Branches") && isIndex(tokens.get(i + 1))) {
                graph = JsonPointer.child(JsonPointer.child(state, "Branches"), tokens.get(i + 1));
                i += 2;
            } else if (i < tokens.size() && (tokens.get(i).equals("ItemProcessor") || tokens.get(i).equals("Iterator"))) {
                graph = JsonPointer.child(state, tokens.get(i));
                i += 1;
            } else {
                break;
            }
        }
        return found;
    }

    /** The innermost state whose text contains {@code offset}, or null outside every state. */
    public static @Nullable String stateAt(AslDocument document, int offset) {
        SourceMap map = document.sourceMap();
        if (map.size() == 0) {
            return null;
        }
        return enclosingState(map.pointerAt(offset), document.kind());
    }

    /** The name of the state at {@code pointer}: its last token, or {@code ""} for a single-state document. */
    public static String name(String pointer) {
        return pointer.isEmpty() ? "" : JsonPointer.lastToken(pointer);
    }

    /** The pointer of the graph (state machine, branch, item processor) the state at {@code pointer} belongs to. */
    public static String graphOf(String statePointer) {
        return JsonPointer.parent(JsonPointer.parent(statePointer));
    }

    private static boolean isIndex(String token) {
        return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
    }
}
