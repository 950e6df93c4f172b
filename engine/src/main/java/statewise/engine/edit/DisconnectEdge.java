package statewise.engine.edit;

import java.util.Objects;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;

/**
 * Deletes an edge: a {@code Next} gives way to {@code "End": true}; a Choice rule, a {@code Default} or a catcher
 * is removed with its condition or error names.
 *
 * @param edge the edge to delete
 */
public record DisconnectEdge(EdgeRef edge) implements Edit {

    public DisconnectEdge {
        Objects.requireNonNull(edge, "edge");
    }

    @Override
    public String label() {
        return "Delete " + edge.describe();
    }

    @Override
    public StateMachine apply(StateMachine machine) {
        State source = Graphs.state(machine, edge.source());
        if (Edges.target(source, edge.kind(), edge.index()) == null) {
            throw new IllegalArgumentException(edge.missing());
        }
        State cut = Edges.remove(source, edge.kind(), edge.index());
        return Graphs.replaceState(machine, edge.source().graph(), edge.source().name(), cut);
    }
}
