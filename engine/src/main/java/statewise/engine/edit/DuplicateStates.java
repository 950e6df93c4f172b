package statewise.engine.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import statewise.engine.model.State;
import statewise.engine.model.StateGraph;
import statewise.engine.model.StateMachine;

/**
 * Copies states within their graph, as copy and paste would (see {@link Copies}): the copies get free names, go
 * where the originals went (to each other's copies where they went to each other), and are not connected yet.
 *
 * @param graph the graph of the states
 * @param names the states to duplicate
 */
public record DuplicateStates(String graph, List<String> names) implements Edit {

    public DuplicateStates {
        Objects.requireNonNull(graph, "graph");
        names = List.copyOf(names);
    }

    @Override
    public String label() {
        return names.size() == 1 ? "Duplicate state '" + names.get(0) + "'" : "Duplicate " + names.size() + " states";
    }

    @Override
    public StateMachine apply(StateMachine machine) {
        return Copies.add(machine, graph, originals(machine), machine.defaultQueryLanguage()).machine();
    }

    Map<String, State> originals(StateMachine machine) {
        StateGraph source = Graphs.require(machine, graph);
        Map<String, State> originals = new LinkedHashMap<>();
        for (String name : names) {
            State state = source.states().get(name);
            if (state == null) {
                throw new IllegalArgumentException("No state '" + name + "' in this graph.");
            }
            originals.put(name, state);
        }
        return originals;
    }
}
