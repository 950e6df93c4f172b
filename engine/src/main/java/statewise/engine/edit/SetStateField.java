package statewise.engine.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;

/**
 * Sets any field of a state, for the inspector: the field is a JSON Pointer relative to the state (e.g.
 * {@code /TimeoutSeconds} or {@code /Parameters/FunctionName}) and the value any JSON. Objects missing on the way
 * are created.
 *
 * @param state the state
 * @param field the field's pointer relative to the state
 * @param value the new value
 */
public record SetStateField(StateRef state, String field, JsonNode value) implements Edit {

    public SetStateField {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(field, "field");
        value = value.deepCopy();
    }

    @Override
    public String label() {
        return "Set " + FieldPointer.display(field) + " of '" + state.name() + "'";
    }

    @Override
    public JsonNode value() {
        return value.deepCopy();
    }

    @Override
    public StateMachine apply(StateMachine machine) {
        State old = Graphs.state(machine, state);
        String problem = FieldPointer.problem(StateTrees.tree(old), field, false);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        JsonNode normalized = StateTrees.normalize(value);
        State changed = StateTrees.edit(old, tree -> FieldPointer.set(tree, field, normalized));
        return Graphs.replaceState(machine, state.graph(), state.name(), changed);
    }
}
