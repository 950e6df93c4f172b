package statewise.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code test} and {@code test-state} take {@code run}'s Task result sources: {@code --state-machine NAME=FILE}
 * for nested executions and {@code --replay HISTORY} for a recorded execution's results.
 */
class TestSourcesOptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PARENT = """
            {"StartAt": "Start", "States": {"Start": {"Type": "Task",
              "Resource": "arn:aws:states:::states:startExecution.sync:2",
              "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:111111111111:stateMachine:Child",
                             "Input.$": "$"}, "End": true}}}
            """;
    private static final String CHILD = """
            {"StartAt": "Hello", "States": {"Hello": {"Type": "Pass", "Parameters": {"hi.$": "$.name"},
              "End": true}}}
            """;

    @TempDir
    Path dir;

    private String write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    /** A history of RunCommandTest.CHARGE as the AWS CLI prints it: the card was declined. */
    private String declinedHistory() throws IOException {
        CliRun recorded = CliRun.of("run", write("recorded.asl.json", RunCommandTest.CHARGE), "--mocks",
                write("mocks.json", RunCommandTest.MOCKS), "--test-case", "Declined", "--format", "json");
        return write("history.json", JSON.readTree(recorded.out()).get("history").toPrettyString());
    }

    @Test
    void testStateRunsANestedExecutionFromTheStateMachineOption() throws IOException {
        CliRun run = CliRun.of("test-state", write("parent.asl.json", PARENT), "--input", "{\"name\": \"Ada\"}",
                "--state-machine", "Child=" + write("child.asl.json", CHILD));

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        JsonNode answer = JSON.readTree(run.out());
        assertEquals("SUCCEEDED", answer.get("status").asText(), run.out());
        assertEquals("{\"hi\":\"Ada\"}", answer.get("output").get("Output").toString(), run.out());
    }

    @Test
    void testStateAnswersATaskWithTheResultTheReplayedHistoryRecorded() throws IOException {
        CliRun run = CliRun.of("test-state", write("charge.asl.json", RunCommandTest.CHARGE), "--replay",
                declinedHistory());

        assertEquals(ExitCodes.ERRORS, run.exitCode(), run.out() + run.err());
        JsonNode answer = JSON.readTree(run.out());
        assertEquals("Card.Declined", answer.get("error").asText(), run.out());
        assertEquals("insufficient funds", answer.get("cause").asText(), run.out());
    }

    @Test
    void testRunsNestedExecutionsFromTheStateMachineOption() throws IOException {
        String definition = write("parent.asl.json", PARENT);
        write("parent.asl.tests.json", """
                {"Version": 1, "Tests": {"Greets": {"Input": {"name": "Ada"},
                  "Expect": {"Status": "SUCCEEDED", "OutputContains": {"Output": {"hi": "Ada"}}}}}}""");

        CliRun run = CliRun.of("test", definition, "--state-machine", "Child=" + write("child.asl.json", CHILD));

        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("1 tests, 1 passed, 0 failed"), run.out());
    }

    @Test
    void testAnswersTasksTheMocksDoNotFromTheReplayedHistory() throws IOException {
        String history = declinedHistory();
        String definition = write("charge.asl.json", RunCommandTest.CHARGE);
        write("charge.asl.tests.json", """
                {"Version": 1, "Tests": {"Declined": {"Input": {},
                  "Expect": {"Status": "FAILED", "Error": "Card.Declined", "Cause": "insufficient funds"}}}}""");

        CliRun run = CliRun.of("test", definition, "--replay", history);

        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("1 tests, 1 passed, 0 failed"), run.out());
    }

    @Test
    void testWithABrokenHistoryStopsNamingItsLineAndColumn() throws IOException {
        String history = write("broken.json", "{\"events\": [\n  {\"type\": \"ExecutionStarted\", \"id\": 1}\n]}");
        String definition = write("charge.asl.json", RunCommandTest.CHARGE);
        write("charge.asl.tests.json", "{\"Version\": 1, \"Tests\": {\"T\": {\"Input\": {}}}}");

        CliRun run = CliRun.of("test", definition, "--replay", history);

        assertEquals(ExitCodes.UNREADABLE, run.exitCode(), run.out());
        assertEquals(List.of(history + ":2:3: error missing-field The event has no 'timestamp'."), run.errLines());
    }

    @Test
    void malformedRunSettingsStopTheRunNamingFileLineAndColumn() throws IOException {
        String definition = write("charge.asl.json", RunCommandTest.CHARGE);
        String settings = write("charge.asl.run.json", "{\n  \"allowedHosts\": \"localhost\"\n}");

        CliRun run = CliRun.of("run", definition);

        assertEquals(ExitCodes.UNREADABLE, run.exitCode(), run.out());
        assertEquals(List.of(settings + ":2:3: error wrong-type 'allowedHosts' must be an array of host names."),
                run.errLines());
    }

    @Test
    void testKnowsOnlyTheActivitiesTheRunSettingsDeclare() throws IOException {
        String definition = write("approve.asl.json", """
                {"StartAt": "Approve", "States": {"Approve": {"Type": "Task",
                  "Resource": "arn:aws:states:us-east-1:111111111111:activity:reject", "End": true}}}""");
        write("approve.asl.run.json", "{\"activities\": [\"approve\"]}");
        write("approve.asl.tests.json", """
                {"Version": 1, "Tests": {"Unknown": {"Input": {},
                  "Expect": {"Status": "FAILED", "Error": "States.Runtime"}}}}""");

        CliRun run = CliRun.of("test", definition);

        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("1 tests, 1 passed, 0 failed"), run.out());
    }
}
