package statewise.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GraphRulesTest {

    @Test
    void nextNamingMissingStateIsRefusedAtTheNextField() {
        String asl = """
                {"StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Next": "Nowhere"},
                  "B": {"Type": "Succeed"}}}""";
        assertThat(Lint.errors(asl)).contains("missing-transition-target /States/A/Next");
    }

    @Test
    void transitionsCannotLeaveAParallelBranch() {
        String asl = """
                {"StartAt": "P", "States": {
                  "P": {"Type": "Parallel", "End": true, "Branches": [
                    {"StartAt": "In", "States": {"In": {"Type": "Pass", "Next": "Out"}}}]},
                  "Out": {"Type": "Succeed"}}}""";
        assertThat(Lint.errors(asl)).contains("missing-transition-target /States/P/Branches/0/States/In/Next");
    }

    @Test
    void startAtNamingMissingStateIsRefused() {
        assertThat(Lint.errors("{\"StartAt\": \"X\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}"))
                .contains("missing-transition-target /StartAt");
    }

    @Test
    void stateWithoutNextOrEndIsRefused() {
        assertThat(Lint.errors(Lint.machine("\"Type\": \"Pass\""))).contains("missing-transition /States/S");
    }

    @Test
    void stateWithNextAndEndIsRefused() {
        String asl = """
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B", "End": true},
                  "B": {"Type": "Succeed"}}}""";
        assertThat(Lint.errors(asl)).contains("conflicting-fields /States/A/End");
    }

    @Test
    void stateNobodyNamesIsRefused() {
        String asl = """
                {"StartAt": "A", "States": {"A": {"Type": "Succeed"}, "Orphan": {"Type": "Succeed"}}}""";
        assertThat(Lint.errors(asl)).containsExactly("unreferenced-state /States/Orphan");
    }

    @Test
    void islandLoopIsAWarningNotAnError() {
        String asl = """
                {"StartAt": "A", "States": {"A": {"Type": "Succeed"},
                  "X": {"Type": "Pass", "Next": "Y"}, "Y": {"Type": "Pass", "Next": "X"}}}""";
        assertThat(Lint.errors(asl)).isEmpty();
        assertThat(Lint.findings(asl)).contains("unreachable-state /States/X", "unreachable-state /States/Y");
    }

    @Test
    void loopWithNoWayOutIsAWarning() {
        String asl = """
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Wait",
                  "Seconds": 1, "Next": "A"}, "C": {"Type": "Choice", "Choices": [{"Variable": "$.x",
                  "IsPresent": true, "Next": "A"}], "Default": "D"}, "D": {"Type": "Succeed"}}}""";
        assertThat(Lint.findings(asl)).contains("endless-loop /States/A", "endless-loop /States/B");
    }

    @Test
    void graphWithoutTerminalStateIsRefused() {
        String asl = """
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"},
                  "B": {"Type": "Pass", "Next": "A"}}}""";
        assertThat(Lint.errors(asl)).contains("no-terminal-state /States");
    }

    @Test
    void stateNamesAreUniqueAcrossNestedGraphs() {
        String asl = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "ItemProcessor": {
                  "StartAt": "M", "States": {"M": {"Type": "Pass", "End": true}}}}}}""";
        assertThat(Lint.errors(asl)).containsExactly("duplicate-state-name /States/M/ItemProcessor/States/M");
    }

    @Test
    void stateNameLongerThan80CharactersIsRefused() {
        String name = "n".repeat(81);
        String asl = "{\"StartAt\": \"" + name + "\", \"States\": {\"" + name + "\": {\"Type\": \"Succeed\"}}}";
        assertThat(Lint.errors(asl)).containsExactly("invalid-state-name /States/" + name);
    }

    @Test
    void nestedChoiceRuleCannotHaveNext() {
        String asl = """
                {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Not": {"Variable": "$.a",
                  "IsPresent": true, "Next": "D"}, "Next": "D"}]}, "D": {"Type": "Succeed"}}}""";
        assertThat(Lint.errors(asl)).containsExactly("unknown-field /States/C/Choices/0/Not/Next");
    }

    @Test
    void validWorkflowHasNoFindings() {
        String asl = """
                {"StartAt": "Check", "States": {
                  "Check": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericGreaterThan": 1,
                    "Next": "Work"}], "Default": "Done"},
                  "Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Done",
                    "Retry": [{"ErrorEquals": ["States.TaskFailed"], "MaxAttempts": 2}],
                    "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Failed"}]},
                  "Failed": {"Type": "Fail", "Error": "Oops"},
                  "Done": {"Type": "Succeed"}}}""";
        assertThat(Lint.findings(asl)).isEmpty();
    }
}
