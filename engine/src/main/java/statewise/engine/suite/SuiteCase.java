package statewise.engine.suite;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * One test case of a suite.
 *
 * @param name         the test's name, unique in its suite
 * @param input        the execution input
 * @param mockTestCase the MockConfigFile test case its Tasks answer from, or null to let Tasks echo their input
 * @param expectation  what it checks
 */
public record SuiteCase(String name, JsonNode input, @Nullable String mockTestCase, TestExpectation expectation) {
}
