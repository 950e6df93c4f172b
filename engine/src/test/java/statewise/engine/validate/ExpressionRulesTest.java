package statewise.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import statewise.engine.document.Diagnostic;

/** Paths, payload templates, intrinsic functions and JSONata, one state per row (single quotes for JSON quotes). */
class ExpressionRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            input path not a path            | 'Type':'Pass','InputPath':'items','End':true | invalid-path /States/S/InputPath
            intrinsic as input path          | 'Type':'Pass','InputPath':'States.Array($.a)','End':true | invalid-path /States/S/InputPath
            result path with wildcard        | 'Type':'Pass','ResultPath':'$.a[*]','End':true | invalid-reference-path /States/S/ResultPath
            result path into a variable      | 'Type':'Pass','ResultPath':'$v','End':true | invalid-reference-path /States/S/ResultPath
            items path with filter           | 'Type':'Map','ItemsPath':'$.a[?(@.x)]','End':true,'ItemProcessor':{'StartAt':'I','States':{'I':{'Type':'Succeed'}}} | invalid-reference-path /States/S/ItemsPath
            map number path from context     | 'Type':'Map','MaxConcurrencyPath':'$$.Execution.Input.n','End':true,'ItemProcessor':{'StartAt':'I','States':{'I':{'Type':'Succeed'}}} | invalid-reference-path /States/S/MaxConcurrencyPath
            unknown intrinsic                | 'Type':'Pass','Parameters':{'a.$':'States.Nope(1)'},'End':true | invalid-intrinsic-function /States/S/Parameters
            wrong argument count             | 'Type':'Pass','Parameters':{'a.$':'States.UUID(1)'},'End':true | invalid-intrinsic-function /States/S/Parameters
            dynamic value not a string       | 'Type':'Pass','Parameters':{'a.$':5},'End':true | invalid-path /States/S/Parameters
            nested dynamic value bad path    | 'Type':'Pass','Parameters':{'x':[{'a.$':'nope'}]},'End':true | invalid-path /States/S/Parameters
            key and dynamic key              | 'Type':'Pass','Parameters':{'a':1,'a.$':'$.a'},'End':true | template-key-conflict /States/S/Parameters/a.$
            variable name with dash          | 'Type':'Pass','Assign':{'my-var':1},'End':true | invalid-value /States/S/Assign/my-var
            reserved variable name           | 'Type':'Pass','Assign':{'states':1},'End':true | invalid-value /States/S/Assign/states
            cause path returning array       | 'Type':'Fail','CausePath':'States.Array($.a)' | invalid-path /States/S/CausePath
            jsonata does not parse           | 'Type':'Pass','QueryLanguage':'JSONata','Output':'{% $states.input.( %}','End':true | invalid-jsonata /States/S/Output
            jsonata not closed               | 'Type':'Pass','QueryLanguage':'JSONata','Output':{'a':'{% 1 + 2'},'End':true | invalid-jsonata /States/S/Output/a
            """)
    void refusesBrokenExpressions(String name, String state, String expected) {
        assertThat(Lint.errors(Lint.machine(state.replace('\'', '"')))).as(name).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            context and variables            | 'Type':'Pass','Parameters':{'id.$':'$$.Execution.Id','v.$':'$v','n.$':'States.MathAdd($.a, 1)'},'Assign':{'v':1},'End':true
            filters in a path                | 'Type':'Pass','InputPath':'$.items[?(@.price > 10)]','End':true
            items path from a variable       | 'Type':'Map','ItemsPath':'$items','End':true,'ItemProcessor':{'StartAt':'I','States':{'I':{'Type':'Succeed'}}}
            jsonata everywhere               | 'Type':'Task','QueryLanguage':'JSONata','Resource':'arn:aws:states:::lambda:invoke','Arguments':{'p':'{% $states.input.p %}'},'Output':'{% $states.result %}','TimeoutSeconds':'{% 10 %}','End':true
            """)
    void acceptsValidExpressions(String name, String state) {
        assertThat(Lint.errors(Lint.machine(state.replace('\'', '"')))).as(name).isEmpty();
    }

    @Test
    void intrinsicWithAnEscapeAwsDoesNotKnowIsRefused() {
        String asl = Lint.machine("""
                "Type": "Pass", "End": true, "Parameters": {"a.$": "States.Format('say \\\\\\"hi\\\\\\"')"}""");
        assertThat(Lint.errors(asl)).containsExactly("invalid-intrinsic-function /States/S/Parameters");
    }

    @Test
    void jsonataConditionThatDoesNotParseIsRefused() {
        String asl = """
                {"StartAt": "C", "QueryLanguage": "JSONata", "States": {
                  "C": {"Type": "Choice", "Choices": [{"Condition": "{% 1 = %}", "Next": "D"}], "Default": "D"},
                  "D": {"Type": "Succeed"}}}""";
        assertThat(Lint.errors(asl)).containsExactly("invalid-jsonata /States/C/Choices/0/Condition");
    }

    @Test
    void payloadRefusalIsReportedAtTheTemplateAndUnderlinesTheValue() {
        String asl = Lint.machine("\"Type\": \"Pass\", \"End\": true, \"Parameters\": {\"ok\": 1, \"bad.$\": \"x\"}");
        Diagnostic d = Lint.diagnostics(asl).stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertThat(d.pointer()).isEqualTo("/States/S/Parameters");
        assertThat(asl.substring(d.span().startOffset(), d.span().endOffset())).isEqualTo("\"x\"");
    }

    @Test
    void pathUnderKeyWithoutDollarIsAWarning() {
        String asl = Lint.machine("\"Type\": \"Pass\", \"End\": true, \"Parameters\": {\"a\": \"$.x\"}");
        assertThat(Lint.findings(asl)).containsExactly("path-without-dollar /States/S/Parameters/a");
    }

    @Test
    void intrinsicArgumentThatFailsAtRunTimeIsAWarning() {
        String asl = Lint.machine("\"Type\": \"Pass\", \"End\": true, \"Parameters\": {\"a.$\": \"States.MathAdd(1, 'x')\"}");
        assertThat(Lint.errors(asl)).isEmpty();
        assertThat(Lint.findings(asl)).containsExactly("invalid-intrinsic-function /States/S/Parameters/a.$");
    }

    @Test
    void variableReadBeforeAnyAssignIsAWarning() {
        String asl = """
                {"StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Parameters": {"x.$": "$total"}, "Next": "B"},
                  "B": {"Type": "Pass", "Assign": {"total": 1}, "Next": "C"},
                  "C": {"Type": "Pass", "Parameters": {"x.$": "$total"}, "End": true}}}""";
        assertThat(Lint.findings(asl)).containsExactly("variable-not-assigned /States/A/Parameters/x.$");
    }

    @Test
    void variableAssignedOnlyOnOneBranchCountsAsAssigned() {
        String asl = """
                {"StartAt": "C", "QueryLanguage": "JSONata", "States": {
                  "C": {"Type": "Choice", "Choices": [{"Condition": "{% true %}", "Next": "Use",
                    "Assign": {"picked": "yes"}}], "Default": "Use"},
                  "Use": {"Type": "Pass", "Output": "{% $picked %}", "End": true}}}""";
        assertThat(Lint.findings(asl)).isEmpty();
    }

    @Test
    void branchesSeeOuterVariablesButTheirAssignmentsStayInside() {
        String asl = """
                {"StartAt": "Set", "States": {
                  "Set": {"Type": "Pass", "Assign": {"outer": 1}, "Next": "P"},
                  "P": {"Type": "Parallel", "Next": "After", "Branches": [{"StartAt": "In", "States": {
                    "In": {"Type": "Pass", "Parameters": {"o.$": "$outer"}, "Assign": {"inner": 2},
                      "End": true}}}]},
                  "After": {"Type": "Pass", "Parameters": {"i.$": "$inner"}, "End": true}}}""";
        assertThat(Lint.findings(asl)).containsExactly("variable-not-assigned /States/After/Parameters/i.$");
    }

    @Test
    void catcherAssignmentReachesOnlyTheCatchTarget() {
        String asl = """
                {"StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Ok",
                    "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Handle", "Assign": {"err.$": "$.Error"}}]},
                  "Handle": {"Type": "Pass", "Parameters": {"e.$": "$err"}, "End": true},
                  "Ok": {"Type": "Pass", "Parameters": {"e.$": "$err"}, "End": true}}}""";
        assertThat(Lint.findings(asl)).containsExactly("variable-not-assigned /States/Ok/Parameters/e.$");
    }
}
