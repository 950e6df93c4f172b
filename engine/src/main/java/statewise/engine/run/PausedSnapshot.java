package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.State;
import statewise.engine.query.QueryFailure;
import statewise.engine.run.history.HistoryEvent;

/** Builds what a debugger shows about a paused state. Runs on the execution's thread. */
final class PausedSnapshot {

    private PausedSnapshot() {
    }

    static Paused of(PauseReason reason, StateRun run, boolean beforeEntry, @Nullable HistoryEvent last) {
        return new Paused(reason, run.name, run.strand.where, beforeEntry, run.input, run.context(),
                run.strand.variables.visible(), stages(run), last);
    }

    /**
     * The input after InputPath and after Parameters (JSONPath), or after Arguments (JSONata, whose states have no
     * InputPath), where the state has them; a stage that fails shows its error.
     */
    static List<Paused.Stage> stages(StateRun run) {
        List<Paused.Stage> stages = new ArrayList<>();
        DataFlow flow;
        JsonNode effective;
        try {
            flow = run.flow();
            effective = flow.effectiveInput(run);
            if (flow.hasInputPath()) {
                stages.add(new Paused.Stage("afterInputPath", effective, null));
            }
        } catch (QueryFailure e) {
            stages.add(new Paused.Stage("afterInputPath", null, e.error() + ": " + e.cause()));
            return stages;
        } catch (StatesError e) {
            stages.add(new Paused.Stage("afterInputPath", null, e.error() + ": " + e.errorCause()));
            return stages;
        }
        State state = run.state();
        boolean arguments = state.arguments() != null;
        JsonNode template = arguments ? state.arguments() : state.parameters();
        if (template != null) {
            String field = arguments ? "Arguments" : "Parameters";
            String stage = arguments ? "afterArguments" : "afterParameters";
            try {
                stages.add(new Paused.Stage(stage, flow.payload(run, template, effective, null, field), null));
            } catch (QueryFailure e) {
                stages.add(new Paused.Stage(stage, null, e.error() + ": " + e.cause()));
            } catch (StatesError e) {
                stages.add(new Paused.Stage(stage, null, e.error() + ": " + e.errorCause()));
            }
        }
        return stages;
    }
}
