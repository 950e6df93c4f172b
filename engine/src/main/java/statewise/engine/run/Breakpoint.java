package statewise.engine.run;

import org.jspecify.annotations.Nullable;

/**
 * Pause before a state is entered.
 *
 * @param stateName      the state
 * @param mapIteration   only in this iteration of the enclosing Map state (0-based), or in every one when null
 * @param parallelBranch only in this branch of the enclosing Parallel state (0-based), or in every one when null
 */
public record Breakpoint(String stateName, @Nullable Integer mapIteration, @Nullable Integer parallelBranch) {

    public static Breakpoint at(String stateName) {
        return new Breakpoint(stateName, null, null);
    }

    boolean matches(String name, @Nullable Integer iteration, @Nullable Integer branch) {
        return stateName.equals(name)
                && (mapIteration == null || mapIteration.equals(iteration))
                && (parallelBranch == null || parallelBranch.equals(branch));
    }
}
