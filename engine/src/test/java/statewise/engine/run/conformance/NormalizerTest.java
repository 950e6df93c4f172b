package statewise.engine.run.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.run.ExecutionIdentity;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.history.EventType;

class NormalizerTest {

    static final ExecutionIdentity IDENTITY = new ExecutionIdentity("111111111111", "us-east-1", "sm_uid0001",
            "exec-exec0001", "arn:aws:iam::111111111111:role/fake-sfn-role");

    static NormalizedResult normalize(ExecutionResult result, Transformer... transformers) {
        return new Normalizer(new Normalization(List.of(transformers), false), IDENTITY, false).normalize(result);
    }

    static JsonNode output(String output, Transformer... transformers) {
        return normalize(Histories.pass("P", "{}", output).succeeded(output), transformers).output();
    }

    @Test
    void eventTimestampsBecomeTimestamp() {
        NormalizedResult n = normalize(Histories.pass("P", "{}", "{}").succeeded("{}"));

        n.history().forEach(e -> assertEquals("timestamp", e.get("timestamp").asText()));
    }

    @Test
    void isoDatesAnywhereBecomeDateEvenInsideLongerStrings() {
        JsonNode out = output("{\"at\": \"2024-02-29T10:00:00.123Z\", \"msg\": \"since 2023-01-31T23:59:59Z ok\"}");

        assertEquals("{\"at\":\"date\",\"msg\":\"since date ok\"}", out.toString());
    }

    @Test
    void impossibleCalendarDatesAreNotDates() {
        JsonNode out = output("{\"a\": \"2016-13-05T21:29:29Z\", \"b\": \"2023-02-29T00:00:00Z\"}");

        assertEquals("{\"a\":\"2016-13-05T21:29:29Z\",\"b\":\"2023-02-29T00:00:00Z\"}", out.toString());
    }

    @Test
    void timestampKeysBecomeTimestampUnlessTheyHoldADate() {
        JsonNode out = output("{\"TimestampValue\": \"2016-12-05 21:29:29Z\", \"BatchTimestamp\": "
                + "\"2016-12-05T21:29:29Z\", \"myTimestamp\": 12}");

        assertEquals("{\"TimestampValue\":\"timestamp\",\"BatchTimestamp\":\"date\",\"myTimestamp\":\"timestamp\"}",
                out.toString());
    }

    @Test
    void uuidsUnderIdKeysAreNumberedByFirstAppearanceAndReplacedEverywhere() {
        String a = "0b8f6c5e-1d2e-4f3a-9b8c-7d6e5f4a3b2c";
        String b = "1c9a7d6f-2e3f-4a4b-8c9d-8e7f6a5b4c3d";
        JsonNode out = output("{\"first\": {\"requestId\": \"" + b + "\"}, \"second\": {\"Id\": \"" + a + "\"}, "
                + "\"copy\": \"uuid " + b + "\", \"plain\": \"" + a + "\"}");

        assertEquals("{\"first\":{\"requestId\":\"<uuid:1>\"},\"second\":{\"Id\":\"<uuid:2>\"},"
                + "\"copy\":\"uuid <uuid:1>\",\"plain\":\"<uuid:2>\"}", out.toString());
    }

    @Test
    void regexTransformersReplaceInOrderWithPythonReplacementSyntax() {
        JsonNode out = output("{\"arn\": \"arn:aws:states:us-east-1:111111111111:execution:sm_uid0001:exec-exec0001\","
                + " \"req\": \"Request ID: ab-12 done\"}",
                new Transformer.Regex("sm_uid0001", "<ArnPart_0idx>"),
                new Transformer.Regex("exec-exec0001", "<ExecArnPart_0idx>"),
                new Transformer.Regex("Request ID: ([a-z0-9-]+)", "Request <\\1>"));

        assertEquals("{\"arn\":\"arn:aws:states:us-east-1:111111111111:execution:<ArnPart_0idx>:<ExecArnPart_0idx>\","
                + "\"req\":\"Request <ab-12> done\"}", out.toString());
    }

    @Test
    void jsonPathTransformersReplaceValuesOrReferences() {
        JsonNode out = output("{\"output\": {\"StartDate\": 5}, \"TaskToken\": \"tok-1\", \"echo\": \"tok-1!\"}",
                new Transformer.JsonPathValue("$..output.StartDate", "start-date", false),
                new Transformer.JsonPathValue("$..TaskToken", "task_token", true));

        assertEquals("{\"output\":{\"StartDate\":\"start-date\"},\"TaskToken\":\"<task_token:1>\","
                + "\"echo\":\"<task_token:1>!\"}", out.toString());
    }

    @Test
    void keyValueTransformerReplacesNonEmptyValuesUnderTheKey() {
        JsonNode out = output("{\"RoleArn\": \"x\", \"inner\": [{\"RoleArn\": \"y\"}, {\"RoleArn\": \"\"}]}",
                new Transformer.KeyValue("RoleArn", "role-arn", false));

        assertEquals("{\"RoleArn\":\"role-arn\",\"inner\":[{\"RoleArn\":\"role-arn\"},{\"RoleArn\":\"\"}]}",
                out.toString());
    }

    @Test
    void roleArnBecomesSnfRoleArn() {
        NormalizedResult n = normalize(Histories.pass("P", "{}", "{}").succeeded("{}"));

        assertEquals("snf_role_arn", n.history().get(0).path("executionStartedEventDetails").path("roleArn").asText());
    }

    @Test
    void payloadTextStartingWithBraceIsParsedOnceOthersStayText() {
        NormalizedResult n = normalize(Histories.pass("P", "{\"s\": \"{\\\"a\\\": 1}\"}", "[1, 2]")
                .succeeded("[1, 2]"));

        JsonNode entered = n.history().get(1).path("stateEnteredEventDetails");
        assertEquals("{\"s\":\"{\\\"a\\\": 1}\"}", entered.get("input").toString());
        assertEquals("\"[1,2]\"", n.history().get(2).path("stateExitedEventDetails").get("output").toString());
    }

    @Test
    void withARecordedHistoryTheOutputIsReadFromTheSucceededEvent() {
        Transformer random = new Transformer.JsonPathValue(
                "$..events..executionSucceededEventDetails.output.FunctionResult", "RandomNumberGenerated", false);
        ExecutionResult result = Histories.pass("P", "{}", "{\"FunctionResult\": 42}")
                .succeeded("{\"FunctionResult\": 42}");

        NormalizedResult fromHistory = new Normalizer(new Normalization(List.of(random), false), IDENTITY, true)
                .normalize(result);

        assertEquals("{\"FunctionResult\":\"RandomNumberGenerated\"}", fromHistory.output().toString());
        assertEquals("{\"FunctionResult\":42}", normalize(result, random).output().toString());
    }

    @Test
    void unsupportedTransformersAreNotedNotApplied() {
        NormalizedResult n = normalize(Histories.pass("P", "{}", "{}").succeeded("{}"),
                new Transformer.Unsupported("LocalStack utility transformers 'sns_api'"),
                new Transformer.Covered("<function _convert_output_to_json>"));

        assertEquals(List.of("transformer not applied: LocalStack utility transformers 'sns_api'"), n.notes());
    }

    @Test
    void sortedParallelEventsGetZeroIdsAndLoseTheSucceededEvent() {
        Histories h = new Histories()
                .event(EventType.EXECUTION_STARTED, 0, "{\"input\": {}}")
                .event(EventType.PARALLEL_STATE_ENTERED, 0, "{\"name\": \"Par\", \"input\": {}}")
                .event(EventType.PARALLEL_STATE_STARTED, null)
                .event(EventType.PASS_STATE_ENTERED, "{\"name\": \"B\", \"input\": {}}")
                .event(EventType.PASS_STATE_ENTERED, 3, "{\"name\": \"A\", \"input\": {}}")
                .event(EventType.PARALLEL_STATE_SUCCEEDED, null)
                .event(EventType.PARALLEL_STATE_EXITED, "{\"name\": \"Par\", \"output\": [{}, {}]}")
                .event(EventType.EXECUTION_SUCCEEDED, "{\"output\": [{}, {}]}");
        NormalizedResult n = new Normalizer(new Normalization(List.of(), true), IDENTITY, false)
                .normalize(h.succeeded("[{}, {}]"));

        assertEquals(List.of("ExecutionStarted", "ParallelStateEntered", "ParallelStateStarted", "PassStateEntered",
                "PassStateEntered", "ParallelStateExited", "ExecutionSucceeded"), n.events());
        assertEquals("[0]", n.history().get(3).get("id").toString());
        assertEquals("A", n.history().get(3).path("stateEnteredEventDetails").path("name").asText());
        assertTrue(n.history().get(4).path("previousEventId").asLong() == 0);
    }
}
