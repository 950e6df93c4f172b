package statewise.engine.validate;

import statewise.engine.document.DiagnosticCode;
import statewise.engine.document.JsonPointer;
import statewise.engine.model.StateGraph;

/**
 * Every state can run. AWS refuses a state that nothing routes to ("The state cannot be reached. It must be
 * referenced by at least one other state."): neither StartAt nor any other state's Next, Default or catcher names
 * it. A state that is named, but only from states that cannot themselves be reached, is accepted by AWS and
 * reported here as a warning ({@link Unreachable}).
 */
final class Reachability implements Rule {

    @Override
    public void check(ValidationContext context) {
        if (context.isSingleState()) {
            return;
        }
        for (ValidationContext.GraphVisit g : context.graphs()) {
            StateGraph graph = g.graph();
            if (graph.startAt() == null || !graph.states().containsKey(graph.startAt())) {
                continue;
            }
            GraphShape shape = context.shape(graph);
            String states = JsonPointer.child(g.pointer(), "States");
            for (int i = 0; i < shape.size(); i++) {
                String name = shape.name(i);
                if (!shape.isReferenced(i)) {
                    context.report(DiagnosticCode.UNREFERENCED_STATE, "The state '" + name + "' cannot be reached:"
                            + " it must be referenced by at least one other state.", JsonPointer.child(states, name));
                }
            }
        }
    }

    /** Warnings: states named only from unreachable states, and states from which no end can be reached. */
    static final class Unreachable implements Rule {

        @Override
        public void check(ValidationContext context) {
            if (context.isSingleState()) {
                return;
            }
            for (ValidationContext.GraphVisit g : context.graphs()) {
                GraphShape shape = context.shape(g.graph());
                if (!shape.hasStart()) {
                    continue;
                }
                boolean[] reachable = shape.reachableFromStart();
                boolean[] ending = shape.canReachEnd();
                String states = JsonPointer.child(g.pointer(), "States");
                for (int i = 0; i < shape.size(); i++) {
                    String name = shape.name(i);
                    if (!reachable[i] && shape.isReferenced(i)) {
                        context.report(DiagnosticCode.UNREACHABLE_STATE, "No path from '" + g.graph().startAt()
                                + "' reaches '" + name + "'.", JsonPointer.child(states, name));
                    } else if (reachable[i] && !ending[i]) {
                        context.report(DiagnosticCode.ENDLESS_LOOP, "Once '" + name + "' runs, no path leads to an"
                                + " end (End: true, Succeed or Fail): the execution can only stop by failing or"
                                + " timing out.", JsonPointer.child(states, name));
                    }
                }
            }
        }
    }
}
