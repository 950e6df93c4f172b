package statewise.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The data flow of JSONata states, stage by stage: Arguments, Output, Assign and the fields that take JSONata. */
class JsonataFlowTest {

    private static ExecutionResult echoTask(String asl, String input) {
        return Interpreter.run(Runs.request(asl, input).withResolver(call -> TaskOutcome.success(
                Runs.json("{\"got\": " + call.input() + "}"))));
    }

    @Test
    void passWithoutOutputPassesItsInputOn() {
        String asl = """
                {"QueryLanguage": "JSONata", "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""";
        assertThat(Runs.run(asl, "{\"a\": 1}").output()).asString().isEqualTo(Runs.compact("{\"a\": 1}"));
    }

    @Test
    void taskWithoutOutputPassesItsResultOn() {
        String asl = """
                {"QueryLanguage": "JSONata", "StartAt": "T", "States": {"T": {"Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}""";
        assertThat(echoTask(asl, "{\"a\": 1}").output()).asString().isEqualTo(Runs.compact("{\"got\": {\"a\": 1}}"));
    }

    @Test
    void argumentsShapeWhatTheTaskReceivesFromStatesInput() {
        String asl = """
                {"QueryLanguage": "JSONata", "StartAt": "T", "States": {"T": {"Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Arguments": {"sum": "{% $states.input.a + $states.input.b %}", "fixed": [1, "x"]},
                  "End": true}}}""";
        assertThat(echoTask(asl, "{\"a\": 1, \"b\": 2}").output())
                .asString().isEqualTo(Runs.compact("{\"got\": {\"sum\": 3, \"fixed\": [1, \"x\"]}}"));
    }

    @Test
    void outputSeesInputResultAndContext() {
        String asl = """
                {"QueryLanguage": "JSONata", "StartAt": "T", "States": {"T": {"Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke", "Output": {"in": "{% $states.input.a %}",
                  "out": "{% $states.result.got.a %}", "state": "{% $states.context.State.Name %}"},
                  "End": true}}}""";
        assertThat(echoTask(asl, "{\"a\": 7}").output())
                .asString().isEqualTo(Runs.compact("{\"in\": 7, \"out\": 7, \"state\": \"T\"}"));
    }

    @Test
    void assignExpressionsSeeTheVariablesFromBeforeTheState() {
        String asl = """
                {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Assign": {"x": 1}, "Next": "B"},
                  "B": {"Type": "Pass", "Assign": {"x": "{% $x + 1 %}", "old": "{% $x %}"},
                    "Output": {"x": "{% $x %}"}, "Next": "C"},
                  "C": {"Type": "Pass", "Output": {"x": "{% $x %}", "old": "{% $old %}"}, "End": true}}}""";
        ExecutionResult result = Runs.run(asl, "{}");
        assertThat(Runs.last(result, "PassStateExited").details().get("output"))
                .asString().isEqualTo(Runs.compact("{\"x\": 2, \"old\": 1}"));
        assertThat(result.history().stream().filter(e -> e.type().awsName().equals("PassStateExited"))
                .skip(1).findFirst().orElseThrow().details().get("output")).asString()
                .isEqualTo(Runs.compact("{\"x\": 1}"));
    }

    @Test
    void exitedEventListsTheAssignedVariables() {
        String asl = """
                {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Assign": {"n": "{% 1 + 1 %}", "s": "text"}, "End": true}}}""";
        var details = Runs.last(Runs.run(asl, "{}"), "PassStateExited").details();
        assertThat(details.get("assignedVariables")).asString()
                .isEqualTo(Runs.compact("{\"n\": 2, \"s\": \"text\"}"));
        assertThat(details.get("assignedVariablesDetails")).asString()
                .isEqualTo(Runs.compact("{\"truncated\": false}"));
    }

    @Test
    void choiceConditionPicksTheRuleAndItsOutputAndAssign() {
        String asl = """
                {"QueryLanguage": "JSONata", "StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Choices": [
                    {"Condition": "{% $states.input.n > 10 %}", "Next": "Done", "Output": "big"},
                    {"Condition": "{% $states.input.n > 0 %}", "Next": "Done",
                     "Assign": {"kind": "small"}, "Output": {"n": "{% $states.input.n %}"}}],
                    "Default": "Done"},
                  "Done": {"Type": "Pass", "Output": {"kind": "{% $kind %}", "was": "{% $states.input %}"},
                    "End": true}}}""";
        assertThat(Runs.run(asl, "{\"n\": 3}").output())
                .asString().isEqualTo(Runs.compact("{\"kind\": \"small\", \"was\": {\"n\": 3}}"));
    }

    @Test
    void catcherOutputAndAssignSeeTheErrorOutput() {
        String asl = """
                {"QueryLanguage": "JSONata", "StartAt": "T", "States": {"T": {"Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke", "Catch": [{"ErrorEquals": ["States.ALL"],
                    "Assign": {"why": "{% $states.errorOutput.Cause %}"},
                    "Output": {"error": "{% $states.errorOutput.Error %}", "input": "{% $states.input %}"},
                    "Next": "After"}], "End": true},
                  "After": {"Type": "Pass", "Output": {"why": "{% $why %}", "error": "{% $states.input.error %}"},
                    "End": true}}}""";
        ExecutionResult result = Interpreter.run(Runs.request(asl, "{\"a\": 1}")
                .withResolver(call -> TaskOutcome.failure("Boom", "it broke")));
        assertThat(result.output()).asString().isEqualTo(Runs.compact("{\"why\": \"it broke\", \"error\": \"Boom\"}"));
    }

    @Test
    void mapReadsItemsSelectorAndConcurrencyFromExpressions() {
        String asl = """
                {"QueryLanguage": "JSONata", "StartAt": "M", "States": {"M": {"Type": "Map",
                  "Items": "{% $states.input.xs %}", "MaxConcurrency": "{% 1 + 1 %}",
                  "ItemSelector": {"v": "{% $states.context.Map.Item.Value * 10 %}",
                    "i": "{% $states.context.Map.Item.Index %}"},
                  "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Pass",
                    "Output": "{% $states.input.v + $states.input.i %}", "End": true}}}, "End": true}}}""";
        assertThat(Runs.run(asl, "{\"xs\": [1, 2, 3]}").output()).asString().isEqualTo(Runs.compact("[10, 21, 32]"));
    }

    @Test
    void waitSecondsComeFromAnExpression() {
        String asl = """
                {"QueryLanguage": "JSONata", "StartAt": "W", "States": {"W": {"Type": "Wait",
                  "Seconds": "{% $states.input.s * 60 %}", "End": true}}}""";
        ExecutionResult result = Runs.run(asl, "{\"s\": 2}");
        assertThat(Duration.between(Runs.START, Runs.last(result, "WaitStateExited").timestamp()))
                .isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void waitTimestampComesFromAnExpression() {
        String asl = """
                {"QueryLanguage": "JSONata", "StartAt": "W", "States": {"W": {"Type": "Wait",
                  "Timestamp": "{% $states.input.at %}", "End": true}}}""";
        ExecutionResult result = Runs.run(asl, "{\"at\": \"2030-01-01T01:00:00Z\"}");
        assertThat(Runs.last(result, "WaitStateExited").timestamp()).isEqualTo(Runs.START.plusSeconds(3600));
    }

    @Test
    void failErrorAndCauseComeFromExpressions() {
        String asl = """
                {"QueryLanguage": "JSONata", "StartAt": "F", "States": {"F": {"Type": "Fail",
                  "Error": "{% 'E.' & $states.input.code %}", "Cause": "{% $string($states.input.n) %}"}}}""";
        ExecutionResult result = Runs.run(asl, "{\"code\": \"Bad\", \"n\": 4}");
        assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo("E.Bad");
        assertThat(result.cause()).isEqualTo("4");
    }

    @Test
    void jsonPathStateReadsAVariableAJsonataStateAssigned() {
        String asl = """
                {"StartAt": "A", "States": {
                  "A": {"Type": "Pass", "QueryLanguage": "JSONata", "Assign": {"total": "{% 40 + 2 %}"}, "Next": "B"},
                  "B": {"Type": "Pass", "Parameters": {"total.$": "$total", "n.$": "States.MathAdd($total, 1)"},
                    "End": true}}}""";
        assertThat(Runs.run(asl, "{}").output()).asString().isEqualTo(Runs.compact("{\"total\": 42, \"n\": 43}"));
    }

    @Test
    void jsonataStateReadsAVariableAJsonPathStateAssigned() {
        String asl = """
                {"StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Assign": {"from.$": "$.a"}, "Next": "B"},
                  "B": {"Type": "Pass", "QueryLanguage": "JSONata", "Output": "{% $from * 2 %}", "End": true}}}""";
        assertThat(Runs.run(asl, "{\"a\": 5}").output()).asString().isEqualTo(Runs.compact("10"));
    }

    @Test
    void taskTimeoutComesFromAnExpression() {
        String asl = """
                {"QueryLanguage": "JSONata", "StartAt": "T", "States": {"T": {"Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": "{% $states.input.t %}",
                  "End": true}}}""";
        ExecutionResult result = Interpreter.run(Runs.request(asl, "{\"t\": 5}")
                .withResolver(call -> TaskOutcome.timedOut("States.Timeout")));
        assertThat(result.error()).isEqualTo("States.Timeout");
        assertThat(Duration.between(Runs.START, Runs.last(result, "TaskTimedOut").timestamp()))
                .isEqualTo(Duration.ofSeconds(5));
    }
}
