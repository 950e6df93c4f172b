package statewise.engine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.document.Diagnostic;
import statewise.engine.run.ExecutionStatus;
import statewise.engine.run.history.EventType;

class HistoryReaderTest {

    private static final String CLI_OUTPUT = """
            {
                "events": [
                    {
                        "timestamp": "2024-05-01T10:00:01.250000+02:00",
                        "type": "ExecutionSucceeded",
                        "id": 4,
                        "previousEventId": 3,
                        "executionSucceededEventDetails": {
                            "output": "{\\"total\\":12}",
                            "outputDetails": {"truncated": false}
                        }
                    },
                    {
                        "timestamp": "2024-05-01T10:00:00.000000+02:00",
                        "type": "ExecutionStarted",
                        "id": 1,
                        "previousEventId": 0,
                        "executionStartedEventDetails": {
                            "input": "{\\"total\\":12}",
                            "inputDetails": {"truncated": false},
                            "roleArn": "arn:aws:iam::111111111111:role/sfn"
                        }
                    },
                    {
                        "timestamp": 1714550400.5,
                        "type": "PassStateEntered",
                        "id": 2,
                        "previousEventId": 0,
                        "stateEnteredEventDetails": {"name": "Total", "input": "{\\"total\\":12}"}
                    },
                    {
                        "timestamp": "2024-05-01T08:00:01.000Z",
                        "type": "PassStateExited",
                        "id": 3,
                        "previousEventId": 2,
                        "stateExitedEventDetails": {"name": "Total", "output": "{\\"total\\":12}"}
                    }
                ]
            }
            """;

    private static List<String> messages(HistoryReader.Result result) {
        return result.diagnostics().stream().map(d -> d.span().startLine() + ": " + d.message()).toList();
    }

    @Test
    void readsTheCliOutputWithPayloadsAsJsonTextInAnyOrder() {
        HistoryReader.Result result = HistoryReader.read(CLI_OUTPUT, "run.json");

        assertEquals(List.of(), result.diagnostics());
        RecordedExecution execution = result.execution();
        assertNotNull(execution);
        assertEquals(List.of(EventType.EXECUTION_STARTED, EventType.PASS_STATE_ENTERED, EventType.PASS_STATE_EXITED,
                EventType.EXECUTION_SUCCEEDED), execution.events().stream().map(e -> e.type()).toList());
        assertEquals("{\"total\":12}", execution.input().toString());
        assertEquals(ExecutionStatus.SUCCEEDED, execution.status());
        assertEquals(12, execution.asResult().output().get("total").asInt());
        assertEquals("2024-05-01T08:00:00.500Z", execution.events().get(1).timestamp().toString());
    }

    @Test
    void aBareArrayOfEventsIsAHistoryToo() {
        String array = CLI_OUTPUT.substring(CLI_OUTPUT.indexOf('['), CLI_OUTPUT.lastIndexOf(']') + 1);

        HistoryReader.Result result = HistoryReader.read(array, "events.json");

        assertNotNull(result.execution());
        assertEquals(4, result.execution().events().size());
    }

    @Test
    void aPayloadThatIsNotJsonNamesTheEventAndItsLine() {
        String broken = CLI_OUTPUT.replace("\"output\": \"{\\\"total\\\":12}\",", "\"output\": \"{total\",");

        HistoryReader.Result result = HistoryReader.read(broken, "run.json");

        assertNull(result.execution());
        assertEquals(1, result.diagnostics().size());
        Diagnostic problem = result.diagnostics().get(0);
        assertEquals(9, problem.span().startLine());
        assertEquals("/events/0/executionSucceededEventDetails/output", problem.pointer());
        assertEquals(true, problem.message().startsWith("Event 4 (ExecutionSucceeded): 'output' is not JSON text"),
                problem.message());
    }

    @Test
    void aFileThatIsNotAHistorySaysWhatItExpected() {
        HistoryReader.Result result = HistoryReader.read("{\"StartAt\": \"A\", \"States\": {}}", "flow.asl.json");

        assertNull(result.execution());
        assertEquals(List.of("1: 'events' is missing: this is not an execution history as 'aws stepfunctions "
                + "get-execution-history' prints it."), messages(result));
    }

    @Test
    void eventsWithoutIdTypeOrTimeAreErrorsAndDuplicateIdsToo() {
        String text = """
                {"events": [
                  {"type": "ExecutionStarted", "id": 1, "timestamp": "2024-05-01T10:00:00Z"},
                  {"type": "PassStateEntered", "timestamp": "2024-05-01T10:00:00Z"},
                  {"id": 3, "timestamp": "2024-05-01T10:00:00Z"},
                  {"type": "PassStateExited", "id": 1, "timestamp": "yesterday"},
                  {"type": "PassStateExited", "id": 1, "timestamp": "2024-05-01T10:00:00Z"}
                ]}
                """;

        HistoryReader.Result result = HistoryReader.read(text, "bad.json");

        assertNull(result.execution());
        assertEquals(List.of(
                "3: The event has no 'id'.",
                "4: The event has no 'type' (a string such as \"TaskStateEntered\").",
                "5: 'timestamp' is not a time: \"yesterday\"; expected ISO-8601 such as "
                        + "2024-05-01T10:00:00.123+02:00, or seconds since 1970.",
                "6: Event id 1 is used twice (also at /events/0)."), messages(result));
    }

    @Test
    void aPageOfALongerHistoryIsRefusedWithAHint() {
        String page = """
                {"events": [{"type": "PassStateEntered", "id": 7, "previousEventId": 6,
                  "timestamp": "2024-05-01T10:00:00Z", "stateEnteredEventDetails": {"name": "A"}}],
                 "nextToken": "abc"}
                """;

        HistoryReader.Result result = HistoryReader.read(page, "page.json");

        assertNull(result.execution());
        assertEquals(List.of("3: The history has a next token: it is one page of a longer history, and the "
                + "events after it are missing.", "1: The history has no ExecutionStarted event, so it is not a "
                + "whole execution; fetch it again without --max-items."), messages(result));
    }

    @Test
    void yamlOutputOfTheCliReadsLikeJson() {
        String yaml = """
                events:
                - id: 1
                  previousEventId: 0
                  timestamp: '2024-05-01T10:00:00+00:00'
                  type: ExecutionStarted
                  executionStartedEventDetails:
                    input: '{"a":1}'
                """;

        HistoryReader.Result result = HistoryReader.read(yaml, "history.yaml");

        assertNotNull(result.execution(), () -> result.diagnostics().toString());
        assertEquals(1, result.execution().input().get("a").asInt());
        assertEquals(ExecutionStatus.RUNNING, result.execution().status());
    }
}
