package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.history.HistoryEvent;

/**
 * Where a paused execution stands. When it paused before entering a state, {@code stateName}, {@code input},
 * {@code context}, {@code variables} and {@code stages} describe that state; after an event mid-state they
 * describe the state the event belongs to.
 *
 * @param where       the strand, outermost first, e.g. {@code ["ProcessAll", "iteration 3"]} (empty: the execution)
 * @param beforeEntry true when paused before the state's entered event (input and variables may still be edited)
 * @param variables   the variables visible to the state
 * @param stages      the input after each processing stage (InputPath, Parameters), as far as they evaluate
 * @param lastEvent   the most recent event of the execution, or null before the first one
 */
public record Paused(PauseReason reason, String stateName, List<String> where, boolean beforeEntry, JsonNode input,
        JsonNode context, Map<String, JsonNode> variables, List<Stage> stages, @Nullable HistoryEvent lastEvent) {

    /**
     * One processing stage of the paused state's input.
     *
     * @param name  e.g. {@code afterInputPath}, {@code afterParameters}
     * @param value the value after the stage, or null when the stage fails
     * @param error the ASL error and cause when it fails
     */
    public record Stage(String name, @Nullable JsonNode value, @Nullable String error) {
    }

    public Paused {
        where = List.copyOf(where);
        variables = Map.copyOf(variables);
        stages = List.copyOf(stages);
    }
}
