/** Execution history events, shaped as AWS's GetExecutionHistory returns them. */
@NullMarked
package statewise.engine.run.history;

import org.jspecify.annotations.NullMarked;
