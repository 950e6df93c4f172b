package statewise.engine.teststate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import statewise.engine.run.ExecutionIdentity;
import statewise.engine.run.TaskResolver;

class TestStateTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LAMBDA_TASK = """
            {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
             "Parameters": {"FunctionName": "f", "Payload.$": "$.order"},
             "ResultSelector": {"paid.$": "$.Payload.paid"}, "ResultPath": "$.payment",
             "Retry": [{"ErrorEquals": ["Busy"], "IntervalSeconds": 2, "BackoffRate": 3, "MaxAttempts": 2}],
             "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Refund"}],
             "Next": "Ship"}""";

    @Test
    void mockedTaskShowsEveryDataFlowStage() throws Exception {
        TestStateResult result = TestState.run(request(LAMBDA_TASK, "{\"order\": {\"id\": 7}}",
                TestStateMock.result("{\"Payload\": {\"paid\": true}}"), InspectionLevel.DEBUG, 0));
        assertEquals(TestStatus.SUCCEEDED, result.status());
        assertEquals("Ship", result.nextState());
        assertEquals(json("{\"order\": {\"id\": 7}, \"payment\": {\"paid\": true}}"), result.output());
        JsonNode data = result.inspectionData();
        assertEquals(json("{\"FunctionName\": \"f\", \"Payload\": {\"id\": 7}}"), data.get("afterParameters"));
        assertEquals(json("{\"Payload\": {\"paid\": true}}"), data.get("result"));
        assertEquals(json("{\"paid\": true}"), data.get("afterResultSelector"));
        assertEquals(result.output(), data.get("afterResultPath"));
    }

    @Test
    void infoLevelGivesNoInspectionData() throws Exception {
        TestStateResult result = TestState.run(request(LAMBDA_TASK, "{\"order\": {}}",
                TestStateMock.result("{}"), InspectionLevel.INFO, 0));
        assertNull(result.inspectionData());
    }

    @Test
    void mockedErrorWithAttemptsLeftIsRetriableWithItsBackoff() throws Exception {
        TestStateResult result = TestState.run(request(LAMBDA_TASK, "{\"order\": {}}",
                TestStateMock.failure("Busy", "try later"), InspectionLevel.DEBUG, 1));
        assertEquals(TestStatus.RETRIABLE, result.status());
        assertEquals("Busy", result.error());
        JsonNode details = result.inspectionData().get("errorDetails");
        assertEquals(6, details.get("retryBackoffIntervalSeconds").asLong());
        assertEquals(0, details.get("retryIndex").asInt());
    }

    @Test
    void mockedErrorWithoutAttemptsLeftGoesToTheCatcher() throws Exception {
        TestStateResult result = TestState.run(request(LAMBDA_TASK, "{\"order\": {}}",
                TestStateMock.failure("Busy", "try later"), InspectionLevel.DEBUG, 2));
        assertEquals(TestStatus.CAUGHT_ERROR, result.status());
        assertEquals("Refund", result.nextState());
        assertEquals(json("{\"order\": {}, \"error\": {\"Error\": \"Busy\", \"Cause\": \"try later\"}}"),
                result.output());
        assertEquals(json("{\"retryIndex\": 0, \"catchIndex\": 0}"), result.inspectionData().get("errorDetails"));
    }

    @Test
    void choiceStateNamesTheStateItChooses() throws Exception {
        String machine = """
                {"StartAt": "Check", "States": {
                  "Check": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericGreaterThan": 1, "Next": "Big"}],
                            "Default": "Small"},
                  "Big": {"Type": "Succeed"}, "Small": {"Type": "Succeed"}}}""";
        TestStateResult result = TestState.run(request(machine, "{\"n\": 5}", null, InspectionLevel.INFO, 0));
        assertEquals(TestStatus.SUCCEEDED, result.status());
        assertEquals("Big", result.nextState());
    }

    @Test
    void passStateReportsTheVariablesItAssigned() throws Exception {
        String pass = """
                {"Type": "Pass", "Assign": {"orderId.$": "$.id", "status": "new"}, "End": true}""";
        TestStateResult result = TestState.run(request(pass, "{\"id\": \"o-7\"}", null, InspectionLevel.DEBUG, 0));
        assertEquals(Map.of("orderId", json("\"o-7\""), "status", json("\"new\"")), result.assigned());
    }

    @Test
    void jsonataStateSeesTheGivenVariables() throws Exception {
        String pass = """
                {"Type": "Pass", "QueryLanguage": "JSONata", "Output": "{% $total + $states.input.n %}", "End": true}""";
        TestStateRequest base = request(pass, "{\"n\": 2}", null, InspectionLevel.TRACE, 0);
        TestStateResult result = TestState.run(new TestStateRequest(base.definition(), null, base.input(),
                base.level(), null, Map.of("total", json("40")), null, base.configuration(), base.roleArn(),
                base.identity(), base.resolver(), false, base.startTime()));
        assertEquals(42, result.output().asInt());
        assertEquals(json("{\"total\": 40}"), result.inspectionData().get("variables"));
    }

    @Test
    void mockOnPassStateIsRefused() {
        TestStateException e = assertThrows(TestStateException.class, () -> TestState.run(request(
                "{\"Type\": \"Pass\", \"End\": true}", "{}", TestStateMock.result("{}"), InspectionLevel.INFO, 0)));
        assertEquals("State type 'Pass' is not supported when a mock is specified", e.getMessage());
    }

    @Test
    void unknownStateNameIsRefused() {
        String machine = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}}";
        TestStateRequest request = request(machine, "{}", null, InspectionLevel.INFO, 0);
        TestStateException e = assertThrows(TestStateException.class, () -> TestState.run(new TestStateRequest(
                request.definition(), "B", request.input(), request.level(), null, Map.of(), null,
                request.configuration(), request.roleArn(), request.identity(), request.resolver(), false,
                request.startTime())));
        assertEquals("ValidationException", e.code());
        assertEquals("State not found in definition", e.getMessage());
    }

    @Test
    void parallelMockMustHaveOneResultPerBranch() {
        String parallel = """
                {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
                  {"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}]}""";
        TestStateException e = assertThrows(TestStateException.class, () -> TestState.run(request(parallel, "{}",
                TestStateMock.result("[1]"), InspectionLevel.INFO, 0)));
        assertEquals("Mocked result must contain the same number of items as number of Parallel branches.",
                e.getMessage());
    }

    @Test
    void mapMockWithTooManyFailedIterationsFailsWithTheThresholdError() throws Exception {
        String map = """
                {"Type": "Map", "ItemsPath": "$.items", "ToleratedFailureCount": 1, "End": true,
                 "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}""";
        TestStateRequest base = request(map, "{\"items\": [1, 2, 3]}", TestStateMock.result("[1, 2, 3]"),
                InspectionLevel.DEBUG, 0);
        TestStateResult result = TestState.run(new TestStateRequest(base.definition(), null, base.input(),
                base.level(), base.mock(), Map.of(), null, new StateConfiguration(0, 2, null, null), base.roleArn(),
                base.identity(), base.resolver(), false, base.startTime()));
        assertEquals(TestStatus.FAILED, result.status());
        assertEquals("States.ExceedToleratedFailureThreshold", result.error());
        assertEquals(json("[1, 2, 3]"), result.inspectionData().get("afterItemsPath"));
    }

    @Test
    void mockedResultThatBreaksTheApiResponseShapeIsRefused() {
        TestStateException e = assertThrows(TestStateException.class, () -> TestState.run(request(LAMBDA_TASK,
                "{\"order\": {}}", TestStateMock.result("{\"StatusCode\": \"200\"}"), InspectionLevel.INFO, 0)));
        assertEquals("ValidationException", e.code());
        assertEquals("Mock result schema validation error: Field 'StatusCode' must be a number", e.getMessage());
    }

    @Test
    void noneFieldValidationModeLetsAnyMockedResultThrough() throws Exception {
        TestStateMock mock = new TestStateMock("{\"StatusCode\": \"200\", \"Payload\": {\"paid\": true}}", null,
                null, false, "NONE");
        TestStateResult result = TestState.run(request(LAMBDA_TASK, "{\"order\": {}}", mock, InspectionLevel.INFO, 0));
        assertEquals(TestStatus.SUCCEEDED, result.status());
    }

    @Test
    void unknownFieldValidationModeIsRefused() {
        TestStateMock mock = new TestStateMock("{}", null, null, false, "LOOSE");
        TestStateException e = assertThrows(TestStateException.class, () -> TestState.run(request(LAMBDA_TASK,
                "{\"order\": {}}", mock, InspectionLevel.INFO, 0)));
        assertEquals("1 validation error detected: Value 'LOOSE' at 'mock.fieldValidationMode' failed to satisfy"
                + " constraint: Member must satisfy enum value set: [STRICT, PRESENT, NONE]", e.getMessage());
    }

    private static TestStateRequest request(String definition, String input, @Nullable TestStateMock mock,
            InspectionLevel level, int retries) {
        ExecutionIdentity identity = ExecutionIdentity.local("Machine", "exec");
        return new TestStateRequest(json(definition), null, json(input), level, mock, Map.of(), null,
                new StateConfiguration(retries, 0, null, null), identity.roleArn(), identity, TaskResolver.ECHO,
                false, Instant.parse("2030-01-01T00:00:00Z"));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
