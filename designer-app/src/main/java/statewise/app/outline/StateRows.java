package statewise.app.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import statewise.engine.document.AslDocument;
import statewise.engine.document.JsonPointer;
import statewise.engine.model.Branch;
import statewise.engine.model.InvalidState;
import statewise.engine.model.ItemProcessor;
import statewise.engine.model.MapState;
import statewise.engine.model.ParallelState;
import statewise.engine.model.State;
import statewise.engine.model.StateGraph;
import statewise.engine.model.StateMachine;

/**
 * Flattens a document's states, nested Parallel branches and Map processors included, into outline rows in
 * document order: each nested state follows the state that contains it, one level deeper.
 */
public final class StateRows {

    private StateRows() {
    }

    public static List<StateRow> of(AslDocument document) {
        List<StateRow> rows = new ArrayList<>();
        StateMachine machine = document.stateMachine();
        State single = document.state();
        if (machine != null) {
            addGraph(rows, machine, JsonPointer.ROOT, 0);
        } else if (single != null) {
            addState(rows, "(single state)", single, JsonPointer.ROOT, 0);
        }
        return List.copyOf(rows);
    }

    /** How many rows {@link #of} would give, counted without building them: the status bar needs only the number. */
    public static int count(AslDocument document) {
        StateMachine machine = document.stateMachine();
        if (machine != null) {
            return countGraph(machine);
        }
        return document.state() == null ? 0 : countState(document.state());
    }

    /**
     * The rows whose name contains {@code typed} (ignoring case): names that start with it first, then the others,
     * each group in outline order. What Go to State lists as the user types.
     */
    public static List<StateRow> matching(List<StateRow> rows, String typed) {
        String needle = typed.strip().toLowerCase(Locale.ROOT);
        List<StateRow> starting = new ArrayList<>();
        List<StateRow> containing = new ArrayList<>();
        for (StateRow row : rows) {
            String name = row.name().toLowerCase(Locale.ROOT);
            if (name.startsWith(needle)) {
                starting.add(row);
            } else if (name.contains(needle)) {
                containing.add(row);
            }
        }
        starting.addAll(containing);
        return List.copyOf(starting);
    }

    private static void addGraph(List<StateRow> rows, StateGraph graph, String graphPointer, int depth) {
        String statesPointer = JsonPointer.child(graphPointer, "States");
        for (Map.Entry<String, State> entry : graph.states().entrySet()) {
            addState(rows, entry.getKey(), entry.getValue(), JsonPointer.child(statesPointer, entry.getKey()), depth);
        }
    }

    private static void addState(List<StateRow> rows, String name, State state, String pointer, int depth) {
        rows.add(new StateRow(name, typeName(state), depth, pointer));
        if (state instanceof ParallelState parallel) {
            List<Branch> branches = parallel.branches();
            for (int i = 0; branches != null && i < branches.size(); i++) {
                addGraph(rows, branches.get(i), JsonPointer.child(JsonPointer.child(pointer, "Branches"), i),
                        depth + 1);
            }
        } else if (state instanceof MapState map) {
            ItemProcessor processor = map.processor();
            if (processor != null) {
                String field = map.itemProcessor() != null ? "ItemProcessor" : "Iterator";
                addGraph(rows, processor, JsonPointer.child(pointer, field), depth + 1);
            }
        }
    }

    private static int countGraph(StateGraph graph) {
        int count = 0;
        for (State state : graph.states().values()) {
            count += countState(state);
        }
        return count;
    }

    private static int countState(State state) {
        int count = 1;
        if (state instanceof ParallelState parallel && parallel.branches() != null) {
            for (Branch branch : parallel.branches()) {
                count += countGraph(branch);
            }
        } else if (state instanceof MapState map && map.processor() != null) {
            count += countGraph(map.processor());
        }
        return count;
    }

    private static String typeName(State state) {
        if (state instanceof InvalidState invalid) {
            String written = invalid.typeName();
            return written == null || written.isBlank() ? "?" : written;
        }
        return state.type().aslName();
    }
}
