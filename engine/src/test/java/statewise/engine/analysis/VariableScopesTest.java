package statewise.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.model.QueryLanguage;
import statewise.engine.parse.AslParser;

/** The variables in scope at each state, for completion and the debugger's variables view. */
class VariableScopesTest {

    private static VariableScopes scopes(String asl) {
        AslDocument document = AslParser.parse(asl, DocumentFormat.JSON);
        return VariableScopes.of(document);
    }

    @Test
    void stateSeesWhatEveryPathBeforeItAssignsButNotItsOwnAssign() {
        VariableScopes scopes = scopes("""
                {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Assign": {"a": 1}, "Next": "C"},
                  "C": {"Type": "Choice", "Choices": [{"Condition": "{% $a > 0 %}", "Assign": {"r": 2},
                    "Next": "D"}], "Default": "D"},
                  "D": {"Type": "Pass", "Assign": {"d": 3}, "End": true}}}""");
        assertThat(scopes.names("/States/A")).isEmpty();
        assertThat(scopes.names("/States/C")).containsExactly("a");
        assertThat(scopes.at("/States/D")).containsExactly(
                new ScopedVariable("a", "A", "/States/A/Assign/a", QueryLanguage.JSONATA, false),
                new ScopedVariable("r", "C", "/States/C/Choices/0/Assign/r", QueryLanguage.JSONATA, false));
    }

    @Test
    void catcherAssignReachesOnlyItsTarget() {
        VariableScopes scopes = scopes("""
                {"StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Assign": {"ok.$": "$.x"},
                    "Catch": [{"ErrorEquals": ["States.ALL"], "Assign": {"failed": true}, "Next": "H"}],
                    "Next": "N"},
                  "N": {"Type": "Succeed"}, "H": {"Type": "Succeed"}}}""");
        assertThat(scopes.at("/States/N")).containsExactly(
                new ScopedVariable("ok", "T", "/States/T/Assign/ok.$", QueryLanguage.JSONPATH, false));
        assertThat(scopes.names("/States/H")).containsExactly("failed");
    }

    @Test
    void branchesSeeOuterVariablesAsOuterAndKeepTheirOwnInside() {
        VariableScopes scopes = scopes("""
                {"StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Assign": {"x": 1}, "Next": "P"},
                  "P": {"Type": "Parallel", "Next": "After", "Branches": [{"StartAt": "B1", "States": {
                    "B1": {"Type": "Pass", "Assign": {"inner": 2}, "Next": "B2"}, "B2": {"Type": "Succeed"}}}]},
                  "After": {"Type": "Succeed"}}}""");
        assertThat(scopes.at("/States/P/Branches/0/States/B2")).containsExactly(
                new ScopedVariable("inner", "B1", "/States/P/Branches/0/States/B1/Assign/inner",
                        QueryLanguage.JSONPATH, false),
                new ScopedVariable("x", "A", "/States/A/Assign/x", QueryLanguage.JSONPATH, true));
        assertThat(scopes.names("/States/After")).containsExactly("x");
    }

    @Test
    void variableAssignedOnTwoPathsIsListedWithBothOrigins() {
        VariableScopes scopes = scopes("""
                {"StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Choices": [{"Variable": "$.a", "IsPresent": true, "Next": "L"}],
                    "Default": "R"},
                  "L": {"Type": "Pass", "Assign": {"v": "left"}, "Next": "M"},
                  "R": {"Type": "Pass", "Assign": {"v": "right"}, "Next": "M"},
                  "M": {"Type": "Map", "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Succeed"}}},
                    "End": true}}}""");
        assertThat(scopes.at("/States/M")).extracting(ScopedVariable::assignedBy).containsExactly("L", "R");
        assertThat(scopes.names("/States/M")).containsExactly("v");
        assertThat(scopes.at("/States/M/ItemProcessor/States/I")).extracting(ScopedVariable::outer)
                .containsExactly(true, true);
    }

    @Test
    void unreachableStateHasNoScope() {
        VariableScopes scopes = scopes("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Assign": {"a": 1}, "End": true},
                  "Lost": {"Type": "Pass", "End": true}}}""");
        assertThat(scopes.reaches("/States/A")).isTrue();
        assertThat(scopes.reaches("/States/Lost")).isFalse();
        assertThat(scopes.at("/States/Lost")).isEqualTo(List.of());
    }

    @Test
    void stateNamesAreEscapedInPointers() {
        VariableScopes scopes = scopes("""
                {"StartAt": "a/b", "States": {"a/b": {"Type": "Pass", "Assign": {"x": 1}, "Next": "c~d"},
                  "c~d": {"Type": "Succeed"}}}""");
        assertThat(scopes.at("/States/c~0d")).extracting(ScopedVariable::pointer)
                .containsExactly("/States/a~1b/Assign/x");
    }
}
