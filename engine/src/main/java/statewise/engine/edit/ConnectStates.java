package statewise.engine.edit;

import java.util.Objects;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;
import statewise.engine.model.Transition;

/**
 * Draws a new edge between two states of one graph, of the kind the gesture asks for: the {@code Next} of a
 * state (replacing its {@code "End": true}), a new Choice rule (last, matching everything until the author writes
 * its condition), the {@code Default} of a Choice state, or a new catcher for {@code States.ALL}.
 *
 * @param from the state the edge leaves
 * @param to   the state it goes to
 * @param kind which field names the target
 */
public record ConnectStates(StateRef from, StateRef to, Transition.Kind kind) implements Edit {

    public ConnectStates {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String label() {
        String pair = "'" + from.name() + "' to '" + to.name() + "'";
        return switch (kind) {
            case NEXT -> "Connect " + pair;
            case CHOICE -> "Add Choice rule from " + pair;
            case DEFAULT -> "Set Default of '" + from.name() + "' to '" + to.name() + "'";
            case CATCH -> "Catch errors of " + pair;
        };
    }

    @Override
    public StateMachine apply(StateMachine machine) {
        State source = Graphs.state(machine, from);
        Graphs.state(machine, to);
        if (!from.graph().equals(to.graph())) {
            throw new IllegalArgumentException("States of different graphs cannot be connected.");
        }
        State connected = switch (kind) {
            case NEXT -> Edges.setNext(source, to.name());
            case CHOICE -> Edges.addRule(source, to.name(), source.effectiveQueryLanguage(
                    machine.defaultQueryLanguage()));
            case DEFAULT -> Edges.retarget(source, kind, -1, to.name());
            case CATCH -> Edges.addCatcher(source, to.name());
        };
        return Graphs.replaceState(machine, from.graph(), from.name(), connected);
    }
}
