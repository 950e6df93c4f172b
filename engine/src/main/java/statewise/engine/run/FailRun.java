package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.FailState;
import statewise.engine.model.State;
import statewise.engine.query.PathScope;
import statewise.engine.query.PayloadTemplates;
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
        PathScope scope = scope(input);
        String error = fail.errorPath() != null ? text(fail.errorPath(), scope, "ErrorPath") : fail.error();
        String cause = fail.causePath() != null ? text(fail.causePath(), scope, "CausePath") : fail.cause();
        failed(error, cause);
    }

    /** ErrorPath or CausePath: a path or an intrinsic function yielding a string. */
    private static String text(String expression, PathScope scope, String field) {
        JsonNode value = PayloadTemplates.evaluateExpression(expression, scope, field);
        return value.isTextual() ? value.textValue() : value.toString();
    }
}
