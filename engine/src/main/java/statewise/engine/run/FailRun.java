package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.FailState;
import statewise.engine.model.State;
import statewise.engine.query.JsonataEvaluator.Expected;
import statewise.engine.run.history.EventType;

/** A Fail state: ends its strand with an error and cause, literal or read from the input (ErrorPath, CausePath). */
final class FailRun extends StateRun {

    private final FailState fail;

    FailRun(ExecutionRun exec, Strand strand, String name, FailState fail, JsonNode input) {
        super(exec, strand, name, input);
        this.fail = fail;
    }

    @Override
    State state() {
        return fail;
    }

    @Override
    EventType enteredType() {
        return EventType.FAIL_STATE_ENTERED;
    }

    @Override
    @Nullable EventType exitedType() {
        return null;
    }

    @Override
    void evaluate() {
        DataFlow flow = flow();
        String error = text(flow, fail.error(), fail.errorPath(), "ErrorPath");
        String cause = text(flow, fail.cause(), fail.causePath(), "CausePath");
        failed(error, cause);
    }

    /** Error or Cause: literal, or read (JSONPath: a path or intrinsic function; JSONata: an expression). */
    private @Nullable String text(DataFlow flow, @Nullable String literal, @Nullable String path, String field) {
        JsonNode value = flow.value(this, literal == null ? null : ExecutionRun.NODES.textNode(literal), path, input,
                field, Expected.STRING);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isTextual() ? value.textValue() : value.toString();
    }
}
