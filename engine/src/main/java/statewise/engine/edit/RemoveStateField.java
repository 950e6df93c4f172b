package statewise.engine.edit;

import java.util.Objects;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;

/**
 * Removes any field of a state, for the inspector; the field is a JSON Pointer relative to the state, e.g.
 * {@code /Comment} or {@code /Retry/1}.
 *
 * @param state the state
 * @param field the field's pointer relative to the state
 */
public record RemoveStateField(StateRef state, String field) implements Edit {

    public RemoveStateField {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(field, "field");
    }

    @Override
    public String label() {
        return "Remove " + FieldPointer.display(field) + " from '" + state.name() + "'";
    }

    @Override
    public StateMachine apply(StateMachine machine) {
        State old = Graphs.state(machine, state);
        String problem = FieldPointer.problem(StateTrees.tree(old), field, true);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        State changed = StateTrees.edit(old, tree -> FieldPointer.remove(tree, field));
        return Graphs.replaceState(machine, state.graph(), state.name(), changed);
    }
}
