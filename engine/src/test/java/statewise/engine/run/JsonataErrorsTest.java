package statewise.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * JSONata failures end as AWS ends them: {@code States.QueryEvaluationError} with AWS's cause, recorded in an
 * EvaluationFailed event that names the failing field, and caught by a catcher like any other error.
 */
class JsonataErrorsTest {

    private static final String PREFIX =
            "An error occurred while executing the state 'P' (entered at the event id #2). ";

    private static ExecutionResult pass(String fields) {
        return Runs.run("{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", "
                + fields + ", \"End\": true}}}", "{\"a\": 1}");
    }

    @Test
    void undefinedOutputFailsWithTheFieldNamedInTheEvent() {
        ExecutionResult result = pass("\"Output\": {\"x\": \"{% $states.input.missing %}\"}");
        String cause = PREFIX + "The JSONata expression '$states.input.missing' specified for the field 'Output/x'"
                + " returned nothing (undefined).";
        assertThat(result.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(result.cause()).isEqualTo(cause);
        assertThat(Runs.types(result)).containsExactly("ExecutionStarted", "PassStateEntered", "EvaluationFailed",
                "ExecutionFailed");
        ObjectNode details = Runs.last(result, "EvaluationFailed").details();
        assertThat(details).asString().isEqualTo(Runs.compact("{\"cause\": " + Runs.JSON.valueToTree(cause)
                + ", \"error\": \"States.QueryEvaluationError\", \"location\": \"Output/x\", \"state\": \"P\"}"));
    }

    @Test
    void failingAssignIsReportedBeforeAFailingOutput() {
        ExecutionResult result = pass("\"Assign\": {\"v\": \"{% $nothing %}\"}, \"Output\": \"{% $alsoNothing %}\"");
        assertThat(Runs.last(result, "EvaluationFailed").details().get("location").textValue())
                .isEqualTo("Assign/v");
    }

    @Test
    void runtimeErrorCarriesTheLibrarysCodeAndMessage() {
        ExecutionResult result = pass("\"Output\": \"{% $states.input.a() %}\"");
        assertThat(result.cause()).isEqualTo(PREFIX + "The JSONata expression '$states.input.a()' specified for the"
                + " field 'Output' threw an error during evaluation. T1006: Attempted to invoke a non-function");
    }

    @Test
    void itemsOfTheWrongTypeAreAnUnexpectedResultType() {
        ExecutionResult result = Runs.run("""
                {"QueryLanguage": "JSONata", "StartAt": "M", "States": {"M": {"Type": "Map",
                  "Items": "{% $states.input %}", "ItemProcessor": {"StartAt": "I", "States": {
                    "I": {"Type": "Pass", "End": true}}}, "End": true}}}""", "{\"a\": 1}");
        assertThat(result.cause()).endsWith("The JSONata expression '$states.input' specified for the field 'Items'"
                + " returned an unexpected result type. Expected 'array', but was 'object' for value: {\"a\":1}");
        assertThat(Runs.last(result, "EvaluationFailed").details().get("location").textValue()).isEqualTo("Items");
    }

    @Test
    void catcherTakesAQueryEvaluationError() {
        ExecutionResult result = Runs.run("""
                {"QueryLanguage": "JSONata", "StartAt": "T", "States": {"T": {"Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke", "Output": "{% $states.result.none %}",
                  "Catch": [{"ErrorEquals": ["States.QueryEvaluationError"],
                    "Output": "{% $states.errorOutput.Error %}", "Next": "After"}], "End": true},
                  "After": {"Type": "Pass", "End": true}}}""", "{}");
        assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(result.output()).asString().isEqualTo(Runs.compact("\"States.QueryEvaluationError\""));
    }

    @Test
    void jsonPathFailureRecordsNoEvaluationFailedEvent() {
        ExecutionResult result = Runs.run("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "InputPath": "$.missing", "End": true}}}""",
                "{}");
        assertThat(result.error()).isEqualTo("States.Runtime");
        assertThat(Runs.types(result)).doesNotContain("EvaluationFailed");
    }
}
