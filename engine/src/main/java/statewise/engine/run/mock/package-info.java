/** Task results from mock files in the AWS Step Functions Local MockConfigFile format. */
@NullMarked
package statewise.engine.run.mock;

import org.jspecify.annotations.NullMarked;
