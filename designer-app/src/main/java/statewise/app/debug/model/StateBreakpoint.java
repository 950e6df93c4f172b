package statewise.app.debug.model;

/**
 * One breakpoint as the debugger remembers it between sessions: the state's pointer and the iteration or branch it
 * is limited to ({@link BreakpointLimit#EVERY} for none).
 *
 * @param pointer the state's JSON pointer, e.g. {@code /States/Each/ItemProcessor/States/Item}
 * @param limit   where it pauses
 */
public record StateBreakpoint(String pointer, BreakpointLimit limit) {

    /** A breakpoint that pauses every time the state is entered. */
    public static StateBreakpoint at(String pointer) {
        return new StateBreakpoint(pointer, BreakpointLimit.EVERY);
    }

    /** Whether {@link #limit} fits where the state is (see {@link BreakpointLimit.Scope}). */
    public boolean fits() {
        BreakpointLimit.Scope scope = BreakpointLimit.Scope.of(pointer);
        return (limit.mapIteration() == null || scope == BreakpointLimit.Scope.MAP_ITERATION)
                && (limit.parallelBranch() == null || scope == BreakpointLimit.Scope.PARALLEL_BRANCH);
    }
}
