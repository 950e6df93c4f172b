package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.State;
import statewise.engine.query.PathScope;
import statewise.engine.query.QueryFailure;
import statewise.engine.run.history.HistoryEvent;

/** Builds what a debugger shows about a paused state. Runs on the execution's thread. */
final class PausedSnapshot {

    private PausedSnapshot() {
    }

    static Paused of(PauseReason reason, StateRun run, boolean beforeEntry, @Nullable HistoryEvent last) {
        JsonNode context = beforeEntry
                ? run.exec.contextObject().forState(run.name, run.exec.scheduler().clock().now(), run.retryCount(),
                        run.strand.item)
                : run.context();
        PathScope scope = new PathScope(run.input, context, run.strand.variables);
        return new Paused(reason, run.name, run.strand.where, beforeEntry, run.input, context,
                run.strand.variables.visible(), stages(run.state(), scope), last);
    }

    /** The input after InputPath and after Parameters, where the state has them and they evaluate. */
    private static List<Paused.Stage> stages(State state, PathScope scope) {
        List<Paused.Stage> stages = new ArrayList<>();
        JsonNode effective;
        try {
            effective = JsonPathFlow.inputPath(state.inputPath(), scope);
            stages.add(new Paused.Stage("afterInputPath", effective, null));
        } catch (QueryFailure e) {
            stages.add(new Paused.Stage("afterInputPath", null, e.error() + ": " + e.cause()));
            return stages;
        }
        if (state.parameters() != null) {
            try {
                JsonNode parameters = JsonPathFlow.template(state.parameters(),
                        new PathScope(effective, scope.context(), scope.variables()), "Parameters");
                stages.add(new Paused.Stage("afterParameters", parameters, null));
            } catch (QueryFailure e) {
                stages.add(new Paused.Stage("afterParameters", null, e.error() + ": " + e.cause()));
            }
        }
        return stages;
    }
}
