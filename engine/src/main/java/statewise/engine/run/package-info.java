/**
 * The embedded interpreter: runs a state machine as AWS Step Functions would, on one deterministic scheduler with
 * a virtual clock, recording AWS-shaped history events and letting a debugger pause, step and inspect.
 */
@NullMarked
package statewise.engine.run;

import org.jspecify.annotations.NullMarked;
