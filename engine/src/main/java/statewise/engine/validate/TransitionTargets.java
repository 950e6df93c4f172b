package statewise.engine.validate;

import java.util.Map;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.document.JsonPointer;
import statewise.engine.model.State;
import statewise.engine.model.Transition;

/**
 * {@code StartAt}, {@code Next}, {@code Default} and every catcher's {@code Next} name a state of the same graph.
 *
 * <p>ASL: "The value of StartAt MUST exactly match (is case sensitive) the name of one of the state objects";
 * "the value of Next MUST exactly match the name of another state in the same state machine" — and a Parallel
 * branch or Map item processor is a state machine of its own, so transitions cannot leave it.
 */
final class TransitionTargets implements Rule {

    @Override
    public void check(ValidationContext context) {
        if (context.isSingleState()) {
            return;
        }
        for (ValidationContext.GraphVisit g : context.graphs()) {
            Map<String, State> states = g.graph().states();
            String startAt = g.graph().startAt();
            if (startAt != null && !states.containsKey(startAt)) {
                context.report(DiagnosticCode.MISSING_TRANSITION_TARGET,
                        "'StartAt' names '" + startAt + "', which is not a state" + where(g.pointer()) + ".",
                        JsonPointer.child(g.pointer(), "StartAt"));
            }
        }
        for (StateVisit v : context.states()) {
            for (Transition t : context.shape(v.graph()).missingTargets(v.name())) {
                String field = t.kind() == Transition.Kind.DEFAULT ? "Default" : "Next";
                context.report(DiagnosticCode.MISSING_TRANSITION_TARGET, "Missing '" + field + "' target: '"
                        + t.target() + "' is not a state" + where(v.graphPointer()) + ".", v.pointer() + t.field());
            }
        }
    }

    private static String where(String graphPointer) {
        return graphPointer.isEmpty() ? " of the state machine" : " of the enclosing branch or item processor";
    }
}
