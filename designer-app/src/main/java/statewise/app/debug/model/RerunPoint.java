package statewise.app.debug.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.StateMachine;
import statewise.engine.replay.HistoryScopes;
import statewise.engine.run.StartPoint;
import statewise.engine.run.history.HistoryEvent;

/**
 * What re-running an execution from one of its states starts with: the input the state received on its latest
 * visit in that execution, and the workflow variables assigned at the top level before that visit. The user may
 * edit both before the new run starts.
 *
 * @param stateName the top-level state to start at
 * @param input     what it received
 * @param variables the variables in the execution's scope when it was entered, by name
 */
public record RerunPoint(String stateName, JsonNode input, Map<String, JsonNode> variables) {

    /** A point to re-run from, or why there is none. */
    public record Found(@Nullable RerunPoint point, String problem) {

        public static Found refused(String message) {
            return new Found(null, message);
        }
    }

    public RerunPoint {
        variables = Map.copyOf(variables);
    }

    /**
     * Where a re-run of {@code events} (an execution of {@code machine}) from state {@code stateName} starts.
     * Only top-level states the execution entered qualify.
     */
    public static Found of(List<HistoryEvent> events, StateMachine machine, String stateName) {
        String problem = StartPoint.at(stateName).problem(machine).orElse(null);
        if (problem != null) {
            return Found.refused(problem);
        }
        HistoryScopes scopes = new HistoryScopes();
        Map<String, JsonNode> assigned = new LinkedHashMap<>();
        Map<String, JsonNode> before = Map.of();
        JsonNode input = null;
        for (HistoryEvent event : events) {
            HistoryScopes.Visit visit = scopes.accept(event);
            if (visit == null || !visit.strand().isEmpty()) {
                continue;
            }
            if (visit.entered() == event && visit.state().equals(stateName) && visit.input() != null) {
                input = visit.input();
                before = new LinkedHashMap<>(assigned);
            }
            if (event.type().awsName().endsWith("StateExited") && event.details() != null) {
                event.details().path("assignedVariables").fields()
                        .forEachRemaining(e -> assigned.put(e.getKey(), e.getValue()));
            }
        }
        if (input == null) {
            return Found.refused("'" + stateName + "' was not entered in this execution (or its history holds no "
                    + "input for it): re-run from a state it entered.");
        }
        return new Found(new RerunPoint(stateName, input, before), "");
    }
}
