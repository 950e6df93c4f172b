package statewise.engine.edit;

import java.util.Objects;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;

/**
 * Moves the end of an existing edge to another state of the same graph: the edge keeps its kind, and a Choice
 * rule or catcher keeps its condition or error names.
 *
 * @param edge   the edge to move
 * @param target the state it goes to now
 */
public record ReconnectEdge(EdgeRef edge, StateRef target) implements Edit {

    public ReconnectEdge {
        Objects.requireNonNull(edge, "edge");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public String label() {
        return "Move " + edge.describe() + " to '" + target.name() + "'";
    }

    @Override
    public StateMachine apply(StateMachine machine) {
        State source = Graphs.state(machine, edge.source());
        Graphs.state(machine, target);
        if (Edges.target(source, edge.kind(), edge.index()) == null) {
            throw new IllegalArgumentException(edge.missing());
        }
        if (!edge.source().graph().equals(target.graph())) {
            throw new IllegalArgumentException("An edge cannot go to a state of another graph.");
        }
        State moved = Edges.retarget(source, edge.kind(), edge.index(), target.name());
        return Graphs.replaceState(machine, edge.source().graph(), edge.source().name(), moved);
    }
}
