package statewise.app.debug.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import statewise.engine.run.Breakpoint;

/** Breakpoints by state pointer, some limited to one Map iteration or Parallel branch. */
class BreakpointModelTest {

    private static final String IN_MAP = "/States/P/Branches/0/States/M/ItemProcessor/States/Item";
    private static final String IN_BRANCH = "/States/P/Branches/1/States/Notify";

    @Test
    void limitToAnIterationMakesTheEngineBreakpointPauseOnlyThere() {
        BreakpointModel breakpoints = new BreakpointModel();

        breakpoints.limit(IN_MAP, BreakpointLimit.iteration(2));

        assertTrue(breakpoints.has(IN_MAP), "setting a limit sets the breakpoint");
        assertEquals(Set.of(new Breakpoint("Item", 2, null)), breakpoints.engineBreakpoints());
        assertEquals("iteration 2", breakpoints.limit(IN_MAP).label());
    }

    @Test
    void limitToABranchGivesTheEngineTheBranch() {
        BreakpointModel breakpoints = new BreakpointModel();
        breakpoints.toggle(IN_BRANCH);

        breakpoints.limit(IN_BRANCH, BreakpointLimit.branch(1));

        assertEquals(Set.of(new Breakpoint("Notify", null, 1)), breakpoints.engineBreakpoints());
    }

    @Test
    void removingTheBreakpointForgetsItsLimit() {
        BreakpointModel breakpoints = new BreakpointModel();
        breakpoints.limit(IN_MAP, BreakpointLimit.iteration(2));

        assertFalse(breakpoints.toggle(IN_MAP));
        breakpoints.toggle(IN_MAP);

        assertEquals(BreakpointLimit.EVERY, breakpoints.limit(IN_MAP));
        assertEquals(Set.of(Breakpoint.at("Item")), breakpoints.engineBreakpoints());
    }

    @Test
    void limitBackToEveryIterationClearsIt() {
        BreakpointModel breakpoints = new BreakpointModel();
        breakpoints.limit(IN_MAP, BreakpointLimit.iteration(2));

        breakpoints.limit(IN_MAP, BreakpointLimit.EVERY);

        assertTrue(breakpoints.limits().isEmpty());
        assertTrue(breakpoints.has(IN_MAP));
    }

    @Test
    void anIterationLimitOutsideAMapBodyIsRefused() {
        BreakpointModel breakpoints = new BreakpointModel();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> breakpoints.limit(IN_BRANCH, BreakpointLimit.iteration(0)));

        assertEquals("The state Notify is not directly in a Map iteration.", e.getMessage());
        assertFalse(breakpoints.has(IN_BRANCH));
    }

    @ParameterizedTest
    @CsvSource({
        "/States/A, NONE",
        "/States/M/ItemProcessor/States/A, MAP_ITERATION",
        "/States/M/Iterator/States/A, MAP_ITERATION",
        "/States/P/Branches/0/States/A, PARALLEL_BRANCH",
        "/States/P/Branches/0/States/M/ItemProcessor/States/A, MAP_ITERATION",
        "/States/M/ItemProcessor/States/P/Branches/2/States/A, PARALLEL_BRANCH"
    })
    void scopeIsTheNearestMapOrParallelAroundTheState(String pointer, BreakpointLimit.Scope scope) {
        assertEquals(scope, BreakpointLimit.Scope.of(pointer));
    }

    @Test
    void replacingTheBreakpointsSetsTheirLimitsAndDropsOnesThatDoNotFitTheirState() {
        BreakpointModel breakpoints = new BreakpointModel();
        breakpoints.limit(IN_MAP, BreakpointLimit.iteration(2));

        breakpoints.replaceAll(List.of(StateBreakpoint.at(IN_MAP),
                new StateBreakpoint(IN_BRANCH, BreakpointLimit.iteration(1))));

        assertEquals(List.of(StateBreakpoint.at(IN_MAP), StateBreakpoint.at(IN_BRANCH)), breakpoints.all());
        assertTrue(breakpoints.limits().isEmpty(), breakpoints.limits().toString());
    }
}
