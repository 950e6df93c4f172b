/**
 * Runs the AWS-recorded conformance corpus against the interpreter: reads cases, normalises our answer exactly as
 * the recording normalised AWS's, compares the two and reports pass counts per category and kind.
 */
@NullMarked
package statewise.engine.run.conformance;

import org.jspecify.annotations.NullMarked;
