/**
 * Executions recorded by AWS Step Functions, brought home: reading a {@code GetExecutionHistory} file, telling
 * which state and Map iteration each event belongs to, answering Task states with their recorded results, and
 * finding where a local re-run of an (edited) definition leaves the recorded path.
 */
@NullMarked
package statewise.engine.replay;

import org.jspecify.annotations.NullMarked;
