package statewise.engine.validate;

import statewise.engine.document.DiagnosticCode;
import statewise.engine.model.PassState;

/**
 * Warns about fields that AWS accepts but that change nothing: a Pass state's {@code Parameters} next to a fixed
 * {@code Result} (ASL: the Pass state's result is {@code Result} when present, so the reshaped input is never
 * used), and {@code "End": false}, which only restates the default.
 */
final class NoEffect implements StateRule {

    @Override
    public void checkState(ValidationContext context, StateVisit v) {
        if (v.state() instanceof PassState pass && pass.result() != null && pass.parameters() != null) {
            context.report(DiagnosticCode.NO_EFFECT, "'Parameters' has no effect: a Pass state with 'Result'"
                    + " outputs that Result, not the reshaped input.", v.field("Parameters"));
        }
        if (Boolean.FALSE.equals(v.state().end())) {
            context.report(DiagnosticCode.NO_EFFECT, "\"End\": false has no effect; leave it out.",
                    v.field("End"));
        }
    }
}
