package statewise.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code statewise run --start-at NAME [--variables JSON]}: re-running a definition from one of its states. */
class RunStartAtTest {

    private static final String ORDER = """
            {"QueryLanguage": "JSONata", "StartAt": "Validate", "States": {
              "Validate": {"Type": "Pass", "Assign": {"currency": "EUR"}, "Next": "Charge"},
              "Charge": {"Type": "Pass", "Output": {"total": "{% $states.input.total %}", "in": "{% $currency %}"},
                "Next": "Items"},
              "Items": {"Type": "Map", "Items": [1], "End": true,
                "ItemProcessor": {"StartAt": "Pack", "States": {"Pack": {"Type": "Pass", "End": true}}}}
            }}""";

    @TempDir
    Path dir;

    private String definition() throws IOException {
        return Files.writeString(dir.resolve("order.asl.json"), ORDER).toString();
    }

    @Test
    void startAtRunsFromTheNamedStateWithTheInputAndVariables() throws IOException {
        CliRun run = CliRun.of("run", definition(), "--start-at", "Charge", "--input", "{\"total\": 3}",
                "--variables", "{\"currency\": \"USD\"}");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        List<String> lines = run.outLines().stream().map(String::strip).toList();
        assertTrue(lines.get(0).startsWith("1  ExecutionStarted"), lines.get(0));
        assertTrue(lines.get(1).matches("2 +PassStateEntered +Charge +input=\\{\"total\":3}"), lines.get(1));
        assertTrue(lines.get(3).matches("4 +MapStateEntered +Items +input=\\{\"total\":3,\"in\":\"USD\"}"),
                lines.get(3));
    }

    @Test
    void startAtAStateInsideAMapSaysWhichTopLevelStateHoldsIt() throws IOException {
        CliRun run = CliRun.of("run", definition(), "--start-at", "Pack");

        assertEquals(ExitCodes.UNREADABLE, run.exitCode());
        assertEquals("statewise run: --start-at: The state 'Pack' is inside the Map state 'Items'; a run can start "
                + "only at a top-level state, such as 'Items'.", run.err().strip());
    }

    @Test
    void startAtAnUnknownStateSaysSo() throws IOException {
        CliRun run = CliRun.of("run", definition(), "--start-at", "Refund");

        assertEquals(ExitCodes.UNREADABLE, run.exitCode());
        assertEquals("statewise run: --start-at: There is no state 'Refund' in the state machine.", run.err().strip());
    }

    @Test
    void variablesMustBeAnObject() throws IOException {
        CliRun run = CliRun.of("run", definition(), "--start-at", "Charge", "--variables", "[1]");

        assertEquals(ExitCodes.UNREADABLE, run.exitCode());
        assertEquals("statewise run: --variables must be a JSON object of variable names and values.",
                run.err().strip());
    }

    @Test
    void variablesWithoutStartAtIsWrongUsage() throws IOException {
        CliRun run = CliRun.of("run", definition(), "--variables", "{}");

        assertEquals(ExitCodes.UNREADABLE, run.exitCode());
        assertTrue(run.err().contains("--variables goes with --start-at."), run.err());
    }
}
