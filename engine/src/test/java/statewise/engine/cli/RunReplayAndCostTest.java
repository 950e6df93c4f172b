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

class RunReplayAndCostTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ADA = "{\"name\": \"Ada\"}";

    @TempDir
    Path dir;

    String write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    /** A history of CHARGE as the AWS CLI prints it: the card was declined. */
    private String declinedHistory() throws IOException {
        CliRun recorded = CliRun.of("run", write("charge.asl.json", RunCommandTest.CHARGE), "--mocks",
                write("mocks.json", RunCommandTest.MOCKS), "--test-case", "Declined", "--format", "json",
                "--input", "{\"card\": 4}");
        return write("history.json", JSON.readTree(recorded.out()).get("history").toPrettyString());
    }

    @Test
    void replayAnswersTasksFromTheHistoryWithTheRecordedInput() throws IOException {
        CliRun run = CliRun.of("run", write("charge.asl.json", RunCommandTest.CHARGE), "--replay",
                declinedHistory());

        assertEquals(ExitCodes.ERRORS, run.exitCode(), run.err());
        List<String> lines = run.outLines();
        assertTrue(lines.get(0).contains("input={\"card\":4}"), lines.get(0));
        assertEquals(List.of("status: FAILED", "error: Card.Declined", "cause: insufficient funds",
                "replay: the run followed the recorded path and ended as it did"),
                lines.subList(lines.size() - 4, lines.size()));
    }

    @Test
    void replayOfAnEditedDefinitionSaysWhereItLeavesTheRecordedPath() throws IOException {
        String caught = RunCommandTest.CHARGE.replace("\"End\": true",
                "\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Sorry\"}], \"End\": true},"
                        + " \"Sorry\": {\"Type\": \"Succeed\"");

        CliRun run = CliRun.of("run", write("caught.asl.json", caught), "--replay", declinedHistory(), "--format",
                "json");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("The local run entered 'Sorry' at event 7; the recorded run did not get that far.",
                JSON.readTree(run.out()).get("replay").asText());
    }

    @Test
    void aBrokenHistoryIsReportedAtItsPositionAndExitsTwo() throws IOException {
        String history = write("broken.json", "{\"events\": [\n  {\"type\": \"ExecutionStarted\", \"id\": 1}\n]}");

        CliRun run = CliRun.of("run", write("charge.asl.json", RunCommandTest.CHARGE), "--replay", history);

        assertEquals(ExitCodes.UNREADABLE, run.exitCode());
        assertEquals(List.of(history + ":2:3: error missing-field The event has no 'timestamp'."),
                run.errLines());
    }

    @Test
    void replayAndMocksTogetherAreAUsageError() throws IOException {
        CliRun run = CliRun.of("run", write("charge.asl.json", RunCommandTest.CHARGE), "--replay", "h.json",
                "--mocks", "m.json", "--test-case", "Ok");

        assertEquals(ExitCodes.UNREADABLE, run.exitCode());
        assertTrue(run.err().startsWith("statewise run: --mocks and --replay both answer Tasks; use one."),
                run.err());
    }

    @Test
    void costPrintsTransitionsPerStateAndTheExpressPrice() throws IOException {
        CliRun run = CliRun.of("run", write("greet.asl.json", RunCommandTest.GREET), "--input", ADA, "--cost");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        List<String> lines = run.outLines();
        assertEquals(List.of("cost: Standard $0.000025 for 1 state transitions at $0.025 per 1,000",
                "cost:   Greet  1 entered, 0 retries  $0.000025"), lines.subList(lines.size() - 3, lines.size() - 1));
        assertTrue(lines.get(lines.size() - 1).matches("cost: Express \\$0\\.0000011\\d* = 1 request \\$0\\.000001 "
                + "\\+ 0\\.00625 GB-s \\$\\d\\.\\d+ \\(0 ms billed as 100 ms, 50\\.000 MB estimated billed as "
                + "64 MB\\)"),
                lines.get(lines.size() - 1));
    }

    @Test
    void costInJsonUsesTheRatesGiven() throws IOException {
        CliRun run = CliRun.of("run", write("greet.asl.json", RunCommandTest.GREET), "--input", ADA, "--cost",
                "--rates",
                "{\"standardPerThousandTransitions\": 0.0375, \"expressMemoryMb\": 200}", "--format", "json");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        JsonNode cost = JSON.readTree(run.out()).get("cost");
        assertEquals(1, cost.get("transitions").asInt());
        assertEquals("0.0000375", cost.get("standardCost").decimalValue().toPlainString());
        assertEquals(256, cost.get("express").get("billedMemoryMb").asInt());
        assertEquals(200, cost.get("rates").get("expressMemoryMb").asInt());
    }

    @Test
    void badRatesExitTwoWithTheReason() throws IOException {
        CliRun run = CliRun.of("run", write("greet.asl.json", RunCommandTest.GREET), "--input", ADA, "--cost",
                "--rates",
                "{\"expressPerGbHour\": \"cheap\"}");

        assertEquals(ExitCodes.UNREADABLE, run.exitCode());
        assertEquals(List.of("statewise run: --rates: 'expressPerGbHour' must be a number of at least 0"),
                run.errLines());
    }
}
