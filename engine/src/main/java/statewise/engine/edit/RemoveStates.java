package statewise.engine.edit;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;
import statewise.engine.model.StateType;
import statewise.engine.model.Transition;

/**
 * Deletes states from one graph and reconnects the flow where it was linear: whatever went to a removed state goes
 * to where that state went ({@code A -> X -> B} becomes {@code A -> B}, through any run of removed states), and
 * {@code StartAt} follows. Where a removed state did not go on to exactly one state (it ended the flow, was a
 * Choice, Succeed or Fail), a {@code Next} to it becomes {@code "End": true} and a Choice rule, {@code Default} or
 * catcher to it is removed.
 *
 * @param graph the graph the states belong to
 * @param names the states to delete
 */
public record RemoveStates(String graph, List<String> names) implements Edit {

    public RemoveStates {
        Objects.requireNonNull(graph, "graph");
        names = List.copyOf(names);
    }

    public static RemoveStates of(StateRef state) {
        return new RemoveStates(state.graph(), List.of(state.name()));
    }

    @Override
    public String label() {
        return names.size() == 1 ? "Delete state '" + names.get(0) + "'" : "Delete " + names.size() + " states";
    }

    @Override
    public StateMachine apply(StateMachine machine) {
        Map<String, State> states = Graphs.require(machine, graph).states();
        Set<String> removed = new HashSet<>(names);
        for (String name : names) {
            if (!states.containsKey(name)) {
                throw new IllegalArgumentException("No state '" + name + "' in this graph.");
            }
        }
        Reroute.Plan plan = target -> removed.contains(target) ? continuation(states, removed, target) : target;
        return Graphs.update(machine, graph, parts -> {
            Map<String, State> kept = new LinkedHashMap<>();
            parts.states().forEach((name, state) -> {
                if (!removed.contains(name)) {
                    kept.put(name, Reroute.apply(state, plan));
                }
            });
            String start = parts.startAt();
            String newStart = start == null ? null : plan.route(start);
            return new Graphs.Parts(newStart == null ? start : newStart, kept);
        });
    }

    /**
     * Where the flow went after the removed state {@code name}: the first kept state reached by following
     * {@code Next} through removed states, or null when the run of removed states ends, branches or loops.
     */
    static @Nullable String continuation(Map<String, State> states, Set<String> removed, String name) {
        Set<String> seen = new HashSet<>();
        String current = name;
        while (removed.contains(current)) {
            State state = states.get(current);
            if (state == null || !seen.add(current) || state.type() == StateType.CHOICE
                    || Transition.ends(state) || state.next() == null) {
                return null;
            }
            current = state.next();
        }
        return current;
    }
}
