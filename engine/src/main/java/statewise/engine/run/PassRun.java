package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
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
        JsonNode effective = JsonPathFlow.inputPath(pass.inputPath(), scope(input));
        JsonNode result = pass.result() != null ? pass.result()
                : JsonPathFlow.template(pass.parameters(), scope(effective), "Parameters");
        JsonNode placed = JsonPathFlow.resultPath(pass.resultPath(), input, result);
        JsonNode output = JsonPathFlow.outputPath(pass.outputPath(), scope(placed));
        Map<String, JsonNode> assigned = JsonPathFlow.assign(pass.assign(), scope(result));
        exit(output, assigned, Boolean.TRUE.equals(pass.end()) ? null : pass.next());
    }
}
