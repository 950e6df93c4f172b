package statewise.engine.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import statewise.engine.analysis.VariableScopes;
import statewise.engine.document.DiagnosticCode;

/**
 * Warns where a state reads a workflow variable that no state on any path before it assigns. The variables a state
 * may read are those of {@link VariableScopes}: assigned on some path from StartAt to it (by a state's
 * {@code Assign}, by the taken Choice rule's, or by the taken catcher's); a Parallel branch or Map iteration starts
 * with what its Parallel or Map state may read, and what it assigns stays inside (ASL's scoping rules). A state's
 * own Assign is not visible to its own fields: "all of a state's Assign expressions see the values from before the
 * state". States that no path reaches are left to the reachability rule. The scopes are only worked out when
 * some state reads a variable: most workflows read none, and this rule runs on every keystroke.
 */
final class UnassignedVariables implements Rule {

    @Override
    public void check(ValidationContext context) {
        if (context.isSingleState() || context.machine() == null) {
            return;
        }
        List<List<VariableReads.Read>> reads = new ArrayList<>(context.states().size());
        boolean any = false;
        for (StateVisit v : context.states()) {
            List<VariableReads.Read> read = VariableReads.of(v);
            reads.add(read);
            any |= !read.isEmpty();
        }
        if (!any) {
            return;
        }
        VariableScopes scopes = VariableScopes.of(context.machine());
        for (int i = 0; i < reads.size(); i++) {
            StateVisit v = context.states().get(i);
            if (!reads.get(i).isEmpty() && scopes.reaches(v.pointer())) {
                report(context, v, reads.get(i), scopes.names(v.pointer()));
            }
        }
    }

    private static void report(ValidationContext context, StateVisit v, List<VariableReads.Read> reads,
            Set<String> visible) {
        Set<String> reported = new HashSet<>();
        for (VariableReads.Read read : reads) {
            if (!visible.contains(read.name()) && reported.add(read.name() + read.pointer())) {
                context.report(DiagnosticCode.VARIABLE_NOT_ASSIGNED, "The variable $" + read.name() + " is read"
                        + " here, but no state before '" + v.name() + "' assigns it (with Assign).", read.pointer());
            }
        }
    }
}
