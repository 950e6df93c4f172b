package statewise.engine.edit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;

/**
 * Renames a state and every reference to it in its graph: {@code StartAt}, {@code Next}, {@code Default}, the
 * {@code Next} of Choice rules (at any nesting) and of catchers. The state keeps its place in the document.
 *
 * @param state   the state to rename
 * @param newName its new name
 */
public record RenameState(StateRef state, String newName) implements Edit {

    public RenameState {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(newName, "newName");
    }

    @Override
    public String label() {
        return "Rename state '" + state.name() + "' to '" + newName + "'";
    }

    @Override
    public StateMachine apply(StateMachine machine) {
        Graphs.state(machine, state);
        String old = state.name();
        Reroute.Plan plan = target -> target.equals(old) ? newName : target;
        return Graphs.update(machine, state.graph(), parts -> {
            Map<String, State> states = new LinkedHashMap<>();
            parts.states().forEach((name, s) -> states.put(name.equals(old) ? newName : name, Reroute.apply(s, plan)));
            String start = parts.startAt();
            return new Graphs.Parts(old.equals(start) ? newName : start, states);
        });
    }
}
