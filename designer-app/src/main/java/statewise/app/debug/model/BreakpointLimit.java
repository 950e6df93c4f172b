package statewise.app.debug.model;

import org.jspecify.annotations.Nullable;

/**
 * Limits a breakpoint on a state inside a Map or a Parallel to one iteration of that Map or one branch of that
 * Parallel (the nearest one around the state), as the engine's {@code Breakpoint} takes it; {@link #EVERY} pauses in
 * every iteration and branch.
 *
 * @param mapIteration   only in this iteration (0-based), or null
 * @param parallelBranch only in this branch (0-based), or null
 */
public record BreakpointLimit(@Nullable Integer mapIteration, @Nullable Integer parallelBranch) {

    public static final BreakpointLimit EVERY = new BreakpointLimit(null, null);

    /** Which limit a state's breakpoint may have: by the nearest Map or Parallel around it. */
    public enum Scope {
        /** A top-level state: no limit. */
        NONE,
        /** Inside a Map's item processor: an iteration. */
        MAP_ITERATION,
        /** Inside a Parallel branch: a branch. */
        PARALLEL_BRANCH;

        /** The scope of the state at {@code pointer} ({@code /States/M/ItemProcessor/States/A}, ...). */
        public static Scope of(String pointer) {
            int map = Math.max(pointer.lastIndexOf("/ItemProcessor/"), pointer.lastIndexOf("/Iterator/"));
            int branch = pointer.lastIndexOf("/Branches/");
            if (map < 0 && branch < 0) {
                return NONE;
            }
            return map > branch ? MAP_ITERATION : PARALLEL_BRANCH;
        }
    }

    public BreakpointLimit {
        if (mapIteration != null && parallelBranch != null) {
            throw new IllegalArgumentException("a breakpoint is limited to an iteration or a branch, not both");
        }
        if (mapIteration != null && mapIteration < 0 || parallelBranch != null && parallelBranch < 0) {
            throw new IllegalArgumentException("iterations and branches count from 0");
        }
    }

    public static BreakpointLimit iteration(int index) {
        return new BreakpointLimit(index, null);
    }

    public static BreakpointLimit branch(int index) {
        return new BreakpointLimit(null, index);
    }

    /** For people: {@code "iteration 2"}, {@code "branch 0"}, or {@code ""} for every one. */
    public String label() {
        if (mapIteration != null) {
            return "iteration " + mapIteration;
        }
        return parallelBranch == null ? "" : "branch " + parallelBranch;
    }
}
