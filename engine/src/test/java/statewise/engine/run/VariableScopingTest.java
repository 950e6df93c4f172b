package statewise.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Workflow variables as AWS scopes them: a Parallel branch or Map iteration reads the variables of its enclosing
 * scope, its own assignments stay inside it, and assignments past AWS's size limits fail the state.
 */
class VariableScopingTest {

    @Test
    void parallelBranchReadsOuterVariablesButItsAssignmentsDoNotLeak() {
        String asl = """
                {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Assign": {"x": 1}, "Next": "P"},
                  "P": {"Type": "Parallel", "Next": "After", "Branches": [
                    {"StartAt": "B1", "States": {"B1": {"Type": "Pass", "Assign": {"x": 99}, "Next": "B2"},
                      "B2": {"Type": "Pass", "Output": "{% $x %}", "End": true}}},
                    {"StartAt": "C1", "States": {"C1": {"Type": "Pass", "Output": "{% $x %}", "End": true}}}]},
                  "After": {"Type": "Pass", "Output": {"branches": "{% $states.input %}", "x": "{% $x %}"},
                    "End": true}}}""";
        assertThat(Runs.run(asl, "{}").output()).asString()
                .isEqualTo(Runs.compact("{\"branches\": [99, 1], \"x\": 1}"));
    }

    @Test
    void mapIterationsDoNotSeeEachOthersAssignments() {
        String asl = """
                {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Assign": {"seen": "none"}, "Next": "M"},
                  "M": {"Type": "Map", "Items": [1, 2, 3], "MaxConcurrency": 1, "Next": "After",
                    "ItemProcessor": {"StartAt": "I", "States": {
                      "I": {"Type": "Pass", "Output": "{% $seen %}", "Assign": {"seen": "{% $states.input %}"},
                        "End": true}}}},
                  "After": {"Type": "Pass", "Output": {"each": "{% $states.input %}", "seen": "{% $seen %}"},
                    "End": true}}}""";
        assertThat(Runs.run(asl, "{}").output())
                .asString().isEqualTo(Runs.compact("{\"each\": [\"none\", \"none\", \"none\"], \"seen\": \"none\"}"));
    }

    @Test
    void variableOverTheSizeLimitFailsTheState() {
        String asl = """
                {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Assign": {"big": "{% $join($map([1..300000], function($i) {'x'}), '') %}"},
                    "End": true}}}""";
        ExecutionResult result = Runs.run(asl, "{}");
        assertThat(result.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(result.cause()).contains("'big'").contains(String.valueOf(VariableLimits.MAX_VARIABLE_BYTES));
        assertThat(Runs.types(result)).doesNotContain("PassStateExited");
    }

    @Test
    void assignmentsOfOneStateOverTheLimitTogetherFailTheState() {
        String asl = """
                {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Assign": {
                    "a": "{% $join($map([1..140000], function($i) {'x'}), '') %}",
                    "b": "{% $join($map([1..140000], function($i) {'y'}), '') %}"}, "End": true}}}""";
        ExecutionResult result = Runs.run(asl, "{}");
        assertThat(result.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(result.cause()).contains("for one Assign");
    }
}
