/**
 * AWS's TestState API run locally: one state of a definition, with a mocked or resolved task result, answering
 * with AWS's shape (status, output, error, cause, next state, inspection data).
 */
@NullMarked
package statewise.engine.teststate;

import org.jspecify.annotations.NullMarked;
