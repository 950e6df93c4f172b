package statewise.engine.edit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.QueryLanguage;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;

/**
 * Switches one state to the other query language, rewriting the fields whose meaning carries over (see
 * {@link QueryConversion}); the state's {@code QueryLanguage} is written only where it differs from the state
 * machine's.
 *
 * @param state the state to convert
 * @param to    the language it uses afterwards
 */
public record ConvertQueryLanguage(StateRef state, QueryLanguage to) implements Edit {

    public ConvertQueryLanguage {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public String label() {
        return "Convert '" + state.name() + "' to " + to.aslName();
    }

    @Override
    public StateMachine apply(StateMachine machine) {
        State old = Graphs.state(machine, state);
        String reason = refusal(machine, old);
        if (reason != null) {
            throw new IllegalArgumentException(reason);
        }
        ObjectNode tree = StateTrees.tree(old);
        String blocked = QueryConversion.convert(tree, to);
        if (blocked != null) {
            throw new IllegalArgumentException("'" + state.name() + "' cannot be converted to " + to.aslName() + ": "
                    + blocked);
        }
        if (to == machine.defaultQueryLanguage()) {
            tree.remove("QueryLanguage");
        } else {
            tree.put("QueryLanguage", to.aslName());
        }
        return Graphs.replaceState(machine, state.graph(), state.name(), StateTrees.bind(tree));
    }

    /** Why the state cannot switch language at all, whatever its fields; null when it may. */
    @Nullable String refusal(StateMachine machine, State old) {
        if (old.effectiveQueryLanguage(machine.defaultQueryLanguage()) == to) {
            return "'" + state.name() + "' already uses " + to.aslName() + ".";
        }
        if (to == QueryLanguage.JSONPATH && machine.defaultQueryLanguage() == QueryLanguage.JSONATA) {
            return "The state machine's QueryLanguage is JSONata, and AWS does not let its states use JSONPath.";
        }
        return null;
    }
}
