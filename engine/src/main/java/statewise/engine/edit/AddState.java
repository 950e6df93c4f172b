package statewise.engine.edit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;
import statewise.engine.model.StateType;

/**
 * Adds a state of one type with Workflow Studio's defaults (see {@link StateDefaults}). Dropped on an edge
 * {@code A -> B}, the edge now ends at the new state, which goes on to {@code B}, and the new state is written right
 * after {@code A}; dropped on empty canvas, it ends the flow and is not connected yet (the rules say so).
 *
 * @param graph  the graph the state goes into
 * @param name   the new state's name; {@link #named} picks a free one
 * @param type   the state type
 * @param onEdge the edge to insert it on, or null to add it unconnected
 */
public record AddState(String graph, String name, StateType type, @Nullable EdgeRef onEdge) implements Edit {

    public AddState {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** An AddState with a free name made from the type: {@code Pass}, else {@code Pass (1)}, {@code Pass (2)}... */
    public static AddState named(StateMachine machine, String graph, StateType type, @Nullable EdgeRef onEdge) {
        String base = type == StateType.UNKNOWN ? "State" : type.aslName();
        return new AddState(graph, Names.unique(base, Graphs.names(machine)), type, onEdge);
    }

    @Override
    public String label() {
        return "Add " + type.aslName() + " state '" + name + "'";
    }

    @Override
    public StateMachine apply(StateMachine machine) {
        Graphs.require(machine, graph);
        String next = null;
        if (onEdge != null) {
            if (!onEdge.source().graph().equals(graph)) {
                throw new IllegalArgumentException(
                        "A state can only be inserted on an edge of the graph it goes into.");
            }
            next = Edges.target(Graphs.state(machine, onEdge.source()), onEdge.kind(), onEdge.index());
            if (next == null) {
                throw new IllegalArgumentException(onEdge.missing());
            }
        }
        State state = StateDefaults.create(type, machine.defaultQueryLanguage(), next, () -> {
            Set<String> taken = Graphs.allNames(machine);
            taken.add(name);
            return taken;
        });
        return Graphs.update(machine, graph, parts -> {
            Map<String, State> states = new LinkedHashMap<>();
            parts.states().forEach((existing, s) -> {
                if (onEdge != null && existing.equals(onEdge.source().name())) {
                    states.put(existing, Edges.retarget(s, onEdge.kind(), onEdge.index(), name));
                    states.put(name, state);
                } else {
                    states.put(existing, s);
                }
            });
            states.putIfAbsent(name, state);
            return new Graphs.Parts(parts.startAt(), states);
        });
    }
}
