package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.MapState;
import statewise.engine.model.ParallelState;
import statewise.engine.model.State;
import statewise.engine.model.StateGraph;
import statewise.engine.model.StateMachine;

/**
 * Where an execution starts when it does not start at its definition's {@code StartAt}: a top-level state, entered
 * with the execution's input, with some workflow variables already set. The debugger re-runs an execution from a
 * chosen state this way, giving it the input (and variables) that state received in an earlier run. The history
 * keeps AWS's shape: {@code ExecutionStarted}, then the chosen state's entry.
 *
 * <p>Only top-level states qualify: a state inside a Parallel branch or a Map's item processor needs its branch or
 * iteration around it (its siblings, its Map item), which a start on its own cannot give.
 *
 * @param stateName the top-level state to enter first
 * @param variables variables set in the execution's scope before that state is entered
 */
public record StartPoint(String stateName, Map<String, JsonNode> variables) {

    public StartPoint {
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        variables.forEach((name, value) -> copy.put(name, value.deepCopy()));
        variables = Collections.unmodifiableMap(copy);
    }

    /** Starts at {@code stateName} with no variables set. */
    public static StartPoint at(String stateName) {
        return new StartPoint(stateName, Map.of());
    }

    /** Why an execution of {@code machine} cannot start here, for the user; empty when it can. */
    public Optional<String> problem(StateMachine machine) {
        if (machine.states().containsKey(stateName)) {
            return Optional.empty();
        }
        List<String> container = enclosing(machine, stateName);
        if (container == null) {
            return Optional.of("There is no state '" + stateName + "' in the state machine.");
        }
        return Optional.of("The state '" + stateName + "' is inside the " + container.get(1) + " state '"
                + container.get(0) + "'; a run can start only at a top-level state, such as '" + container.get(0)
                + "'.");
    }

    /** The top-level state holding {@code name} somewhere in its branches or item processor, and its type. */
    private static @Nullable List<String> enclosing(StateMachine machine, String name) {
        for (Map.Entry<String, State> entry : machine.states().entrySet()) {
            State state = entry.getValue();
            if (state instanceof ParallelState parallel && parallel.branches() != null
                    && parallel.branches().stream().anyMatch(b -> holds(b, name))) {
                return List.of(entry.getKey(), "Parallel");
            }
            if (state instanceof MapState map && map.processor() != null && holds(map.processor(), name)) {
                return List.of(entry.getKey(), "Map");
            }
        }
        return null;
    }

    private static boolean holds(StateGraph graph, String name) {
        for (State state : graph.states().values()) {
            if (state instanceof ParallelState parallel && parallel.branches() != null
                    && parallel.branches().stream().anyMatch(b -> holds(b, name))) {
                return true;
            }
            if (state instanceof MapState map && map.processor() != null && holds(map.processor(), name)) {
                return true;
            }
        }
        return graph.states().containsKey(name);
    }
}
