package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import statewise.engine.model.State;
import statewise.engine.model.SucceedState;
import statewise.engine.run.history.EventType;

/** A Succeed state: ends its strand successfully with the (filtered) input as output. */
final class SucceedRun extends StateRun {

    private final SucceedState succeed;

    SucceedRun(ExecutionRun exec, Strand strand, String name, SucceedState succeed, JsonNode input) {
        super(exec, strand, name, input);
        this.succeed = succeed;
    }

    @Override
    State state() {
        return succeed;
    }

    @Override
    EventType enteredType() {
        return EventType.SUCCEED_STATE_ENTERED;
    }

    @Override
    EventType exitedType() {
        return EventType.SUCCEED_STATE_EXITED;
    }

    @Override
    void evaluate() {
        DataFlow flow = flow();
        JsonNode effective = flow.effectiveInput(this);
        exit(flow.leave(this, effective, null).output(), Map.of(), null);
    }
}
