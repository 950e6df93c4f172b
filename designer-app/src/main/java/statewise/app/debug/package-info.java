/**
 * The execution debugger: the run panel (input, mocks, clock, run, debug, stop), the executions list, the event
 * history table, step-through controls with the paused state's data, cost estimates, test suites and replay of
 * recorded executions. Its models live in {@code statewise.app.debug.model} and never touch nodes.
 */
@NullMarked
package statewise.app.debug;

import org.jspecify.annotations.NullMarked;
