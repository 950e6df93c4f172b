package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import statewise.engine.model.PassState;
import statewise.engine.model.State;
import statewise.engine.run.history.EventType;

/** A Pass state: its result is {@code Result}, else the (reshaped) effective input. */
final class PassRun extends StateRun {

    private final PassState pass;

    PassRun(ExecutionRun exec, Strand strand, String name, PassState pass, JsonNode input) {
        super(exec, strand, name, input);
        this.pass = pass;
    }

    @Override
    State state() {
        return pass;
    }

    @Override
    EventType enteredType() {
        return EventType.PASS_STATE_ENTERED;
    }

    @Override
    EventType exitedType() {
        return EventType.PASS_STATE_EXITED;
    }

    @Override
    void evaluate() {
        DataFlow flow = flow();
        JsonNode effective = flow.effectiveInput(this);
        JsonNode result = pass.result() != null ? pass.result()
                : flow.payload(this, pass.parameters(), effective, null, "Parameters");
        DataFlow.Leaving leaving = flow.leave(this, effective, result);
        exit(leaving.output(), leaving.assigned(), Boolean.TRUE.equals(pass.end()) ? null : pass.next());
    }
}
