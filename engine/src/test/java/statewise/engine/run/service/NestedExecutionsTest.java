package statewise.engine.run.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.model.StateMachine;
import statewise.engine.parse.AslParser;
import statewise.engine.run.ClockMode;
import statewise.engine.run.ExecutionRequest;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.ExecutionStatus;
import statewise.engine.run.Interpreter;
import statewise.engine.run.TaskOutcome;
import statewise.engine.run.TaskResolver;
import statewise.engine.run.history.HistoryEvent;

/** {@code states:startExecution} tasks start the workspace's state machines locally, answering as AWS does. */
class NestedExecutionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
    private static final String CHILD_ARN = "arn:aws:states:eu-west-1:222222222222:stateMachine:child";
    private static final String PARENT = """
            {"StartAt": "Start", "States": {"Start": {"Type": "Task", "Resource": "%s",
              "Parameters": {"StateMachineArn": "%s", "Input": {"n.$": "$.n"}, "Name": "kid"}, "End": true}}}
            """;
    private static final String DOUBLES = """
            {"StartAt": "Think", "States": {
              "Think": {"Type": "Wait", "Seconds": 30, "Next": "Double"},
              "Double": {"Type": "Pass", "Parameters": {"doubled.$": "States.MathAdd($.n, $.n)"}, "End": true}}}
            """;
    private static final String FAILS = """
            {"StartAt": "No", "States": {"No": {"Type": "Fail", "Error": "Nope", "Cause": "too odd"}}}
            """;

    @Test
    void syncRunsTheChildAndAnswersWithItsDescriptionAsJsonText() {
        ExecutionResult result = run("arn:aws:states:::states:startExecution.sync", DOUBLES);
        JsonNode output = result.output();
        assertEquals(ExecutionStatus.SUCCEEDED, result.status());
        assertEquals("{\"doubled\":42}", output.get("Output").asText());
        assertEquals("{\"n\":21}", output.get("Input").asText());
        assertEquals("arn:aws:states:eu-west-1:222222222222:execution:child:kid", output.get("ExecutionArn").asText());
        assertEquals(CHILD_ARN, output.get("StateMachineArn").asText());
        assertEquals("SUCCEEDED", output.get("Status").asText());
        assertEquals(START.toEpochMilli(), output.get("StartDate").asLong());
        assertEquals(START.plusSeconds(30).toEpochMilli(), output.get("StopDate").asLong());
        assertFalse(output.has("RedriveStatus"));
    }

    @Test
    void sync2AnswersWithJsonValuesAndRedriveMembers() {
        JsonNode output = run("arn:aws:states:::states:startExecution.sync:2", DOUBLES).output();
        assertEquals(42, output.get("Output").get("doubled").asInt());
        assertEquals(21, output.get("Input").get("n").asInt());
        assertEquals("NOT_REDRIVABLE", output.get("RedriveStatus").asText());
    }

    @Test
    void syncRecordsTheStartAsSubmittedAndTakesTheChildsTime() {
        ExecutionResult result = run("arn:aws:states:::states:startExecution.sync", DOUBLES);
        HistoryEvent submitted = event(result, "TaskSubmitted");
        JsonNode started = submitted.details().get("output");
        assertEquals("arn:aws:states:eu-west-1:222222222222:execution:child:kid", started.get("ExecutionArn").asText());
        assertEquals(200, started.path("SdkHttpMetadata").path("HttpStatusCode").asInt());
        assertTrue(started.path("SdkResponseMetadata").has("RequestId"));
        assertEquals(Duration.ofSeconds(30), Duration.between(submitted.timestamp(),
                event(result, "TaskSucceeded").timestamp()));
    }

    @Test
    void failedChildFailsTheTaskWithTaskFailedAndItsDescription() throws Exception {
        ExecutionResult result = run("arn:aws:states:::states:startExecution.sync", FAILS);
        assertEquals("States.TaskFailed", result.error());
        JsonNode cause = JSON.readTree(result.cause());
        assertEquals("Nope", cause.get("Error").asText());
        assertEquals("too odd", cause.get("Cause").asText());
        assertEquals("FAILED", cause.get("Status").asText());
        assertFalse(cause.has("Output"));
    }

    @Test
    void plainStartAnswersAtOnceWithTheExecutionArnAndStartDate() {
        ExecutionResult result = run("arn:aws:states:::states:startExecution", FAILS);
        assertEquals(ExecutionStatus.SUCCEEDED, result.status());
        assertEquals(List.of("ExecutionArn", "StartDate", "SdkHttpMetadata", "SdkResponseMetadata"),
                fieldNames(result.output()));
    }

    @Test
    void stateMachinesOutsideTheWorkspaceGoToTheNextResolver() {
        TaskResolver next = call -> TaskOutcome.success(JSON.getNodeFactory().textNode("from next"));
        ExecutionRequest request = request(PARENT.formatted("arn:aws:states:::states:startExecution.sync",
                "arn:aws:states:us-east-1:111111111111:stateMachine:elsewhere"));
        ExecutionResult result = Interpreter.run(request.withResolver(
                NestedExecutions.of(Map.of("child", machine(DOUBLES)), next, ClockMode.VIRTUAL)));
        assertEquals("\"from next\"", String.valueOf(result.output()));
    }

    @Test
    void machineStartingItselfStopsAtTheNestingLimit() {
        String itself = PARENT.formatted("arn:aws:states:::states:startExecution.sync", CHILD_ARN);
        ExecutionResult result = Interpreter.run(request(itself).withResolver(
                NestedExecutions.of(Map.of("child", machine(itself)), TaskResolver.ECHO, ClockMode.VIRTUAL)));
        assertEquals("States.TaskFailed", result.error());
        assertTrue(result.cause().contains("nested more than " + NestedExecutions.MAX_DEPTH + " deep"),
                result.cause());
    }

    @Test
    void inputGivenAsJsonTextIsParsed() {
        String parent = """
                {"StartAt": "S", "States": {"S": {"Type": "Task",
                  "Resource": "arn:aws:states:::states:startExecution.sync:2",
                  "Parameters": {"StateMachineArn": "child", "Input": "{\\"n\\": 2}"}, "End": true}}}
                """;
        ExecutionResult result = Interpreter.run(request(parent).withResolver(
                NestedExecutions.of(Map.of("child", machine(DOUBLES)), TaskResolver.ECHO, ClockMode.VIRTUAL)));
        assertEquals(4, result.output().get("Output").get("doubled").asInt());
    }

    private static ExecutionResult run(String resource, String child) {
        return Interpreter.run(request(PARENT.formatted(resource, CHILD_ARN)).withResolver(
                NestedExecutions.of(Map.of("child", machine(child)), TaskResolver.ECHO, ClockMode.VIRTUAL)));
    }

    private static ExecutionRequest request(String asl) {
        try {
            return ExecutionRequest.of(machine(asl), JSON.readTree("{\"n\": 21}")).withStartTime(START);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static StateMachine machine(String asl) {
        AslDocument document = AslParser.parse(asl, DocumentFormat.JSON);
        return document.stateMachine();
    }

    private static HistoryEvent event(ExecutionResult result, String type) {
        return result.history().stream().filter(e -> e.type().awsName().equals(type)).findFirst().orElseThrow();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
