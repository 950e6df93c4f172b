package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.FailState;
import statewise.engine.model.MapState;
import statewise.engine.model.ParallelState;
import statewise.engine.model.PassState;
import statewise.engine.model.State;
import statewise.engine.model.SucceedState;
import statewise.engine.model.TaskState;
import statewise.engine.model.WaitState;

/** The runner for each state type. */
final class StateRuns {

    private StateRuns() {
    }

    static StateRun create(ExecutionRun exec, Strand strand, String name, State state, JsonNode input) {
        return switch (state.type()) {
            case PASS -> new PassRun(exec, strand, name, (PassState) state, input);
            case TASK -> new TaskRun(exec, strand, name, (TaskState) state, input);
            case CHOICE -> new ChoiceRun(exec, strand, name, (ChoiceState) state, input);
            case WAIT -> new WaitRun(exec, strand, name, (WaitState) state, input);
            case SUCCEED -> new SucceedRun(exec, strand, name, (SucceedState) state, input);
            case FAIL -> new FailRun(exec, strand, name, (FailState) state, input);
            case PARALLEL -> new ParallelRun(exec, strand, name, (ParallelState) state, input);
            case MAP -> new MapRun(exec, strand, name, (MapState) state, input);
            case UNKNOWN -> throw new IllegalArgumentException("state '" + name + "' has no valid Type; validate the"
                    + " definition before running it");
        };
    }
}
