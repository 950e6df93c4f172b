package statewise.engine.edit;

import java.util.Objects;
import statewise.engine.model.StateMachine;

/**
 * Makes a state the first one of its graph ({@code StartAt}).
 *
 * @param state the new start state
 */
public record SetStartState(StateRef state) implements Edit {

    public SetStartState {
        Objects.requireNonNull(state, "state");
    }

    @Override
    public String label() {
        return "Set '" + state.name() + "' as start state";
    }

    @Override
    public StateMachine apply(StateMachine machine) {
        Graphs.state(machine, state);
        return Graphs.update(machine, state.graph(), parts -> new Graphs.Parts(state.name(), parts.states()));
    }
}
