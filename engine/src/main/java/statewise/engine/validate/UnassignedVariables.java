package statewise.engine.validate;

import java.util.HashSet;
import java.util.Set;
import statewise.engine.analysis.VariableScopes;
import statewise.engine.document.DiagnosticCode;

/**
 * Warns where a state reads a workflow variable that no state on any path before it assigns. The variables a state
 * may read are those of {@link VariableScopes}: assigned on some path from StartAt to it (by a state's
 * {@code Assign}, by the taken Choice rule's, or by the taken catcher's); a Parallel branch or Map iteration starts
 * with what its Parallel or Map state may read, and what it assigns stays inside (ASL's scoping rules). A state's
 * own Assign is not visible to its own fields: "all of a state's Assign expressions see the values from before the
 * state". States that no path reaches are left to the reachability rule.
 */
final class UnassignedVariables implements Rule {

    @Override
    public void check(ValidationContext context) {
        if (context.isSingleState() || context.machine() == null) {
            return;
        }
        VariableScopes scopes = VariableScopes.of(context.machine());
        for (StateVisit v : context.states()) {
            if (scopes.reaches(v.pointer())) {
                report(context, v, scopes.names(v.pointer()));
            }
        }
    }

    private static void report(ValidationContext context, StateVisit v, Set<String> visible) {
        Set<String> reported = new HashSet<>();
        for (VariableReads.Read read : VariableReads.of(v)) {
            if (!visible.contains(read.name()) && reported.add(read.name() + read.pointer())) {
                context.report(DiagnosticCode.VARIABLE_NOT_ASSIGNED, "The variable $" + read.name() + " is read"
                        + " here, but no state before '" + v.name() + "' assigns it (with Assign).", read.pointer());
            }
        }
    }
}
