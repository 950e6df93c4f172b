/**
 * The mock editor: the workflow's MockConfigFile test cases (Task states mocked, not mocked or left behind by a
 * rename; each invocation's Return or Throw) and each test case's expectations, edited with undo and saved next to
 * the workflow, where the run panel and {@code statewise test} read them. Its view models never touch nodes.
 */
@NullMarked
package statewise.app.mocks;

import org.jspecify.annotations.NullMarked;
