/**
 * Test suites for a workflow: cases that run it with MockConfigFile mocks and check its ending and path against a
 * sidecar expectations file ({@code name.asl.tests.json}), the state and Choice-rule coverage of a suite, a JUnit
 * XML report, and a mock skeleton to start a test case from.
 */
@NullMarked
package statewise.engine.suite;

import org.jspecify.annotations.NullMarked;
