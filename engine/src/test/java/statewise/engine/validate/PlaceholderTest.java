package statewise.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.Severity;
import statewise.engine.model.Expressible;
import statewise.engine.model.TaskState;
import statewise.engine.parse.AslParser;

class PlaceholderTest {

    private static final String TEMPLATE = """
            {"StartAt": "Call", "States": {"Call": {"Type": "Task",
              "Resource": "arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${FunctionName}",
              "TimeoutSeconds": "${Timeout}", "Parameters": {"Table": "${TableName}"}, "End": true}}}""";

    @Test
    void placeholdersAreReportedAsInformationWhereverTheyAre() {
        assertThat(Lint.diagnostics(TEMPLATE)).filteredOn(d -> d.code().equals("template-placeholder"))
                .extracting(Diagnostic::pointer, Diagnostic::severity)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("/States/Call/Resource", Severity.INFO),
                        org.assertj.core.groups.Tuple.tuple("/States/Call/TimeoutSeconds", Severity.INFO),
                        org.assertj.core.groups.Tuple.tuple("/States/Call/Parameters/Table", Severity.INFO));
    }

    @Test
    void templatesWithPlaceholdersHaveNoErrors() {
        assertThat(Lint.errors(TEMPLATE)).isEmpty();
    }

    @Test
    void placeholderInANumberFieldIsKeptVerbatim() {
        TaskState task = (TaskState) AslParser.parse(TEMPLATE).stateMachine().states().get("Call");
        assertThat(task.timeoutSeconds()).isEqualTo(new Expressible.Placeholder<Long>("${Timeout}"));
    }
}
