package statewise.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import statewise.engine.document.DiagnosticCode;

class ValidateCommandTest {

    static final String VALID = """
            {
              "Comment": "Greets and stops.",
              "StartAt": "Greet",
              "States": {
                "Greet": {"Type": "Pass", "Result": "hello", "Next": "Done"},
                "Done": {"Type": "Succeed"}
              }
            }
            """;

    static final String TWO_ERRORS = """
            {
              "StartAt": "A",
              "States": {
                "A": {"Type": "Bogus", "Next": "B"},
                "B": {"Type": "Pass", "End": true, "Colour": "red"}
              }
            }
            """;

    static final String PLACEHOLDER = """
            {
              "StartAt": "Call",
              "States": {
                "Call": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": "${MaxAttempts}"}],
                  "End": true
                }
              }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void validFileExitsZeroWithOnlyTheSummary() throws IOException {
        CliRun run = CliRun.of("validate", write("ok.asl.json", VALID));

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals(List.of("1 file checked: no problems"), run.errLines());
    }

    @Test
    void errorsPrintFileLineColumnSeverityCodeAndMessageInReadingOrder() throws IOException {
        String file = write("bad.asl.json", TWO_ERRORS);

        CliRun run = CliRun.of("validate", file);

        assertEquals(ExitCodes.ERRORS, run.exitCode());
        assertTrue(run.outLines().contains(file + ":4:19: error unknown-state-type "
                + "'Bogus' is not a state type; use one of Pass, Task, Choice, Wait, Succeed, Fail, Parallel or Map."),
                run.out());
        assertTrue(run.outLines().stream().anyMatch(line -> line.matches(
                Pattern.quote(file) + ":5:\\d+: error unknown-field .*'Colour'.*")), run.out());
        assertInReadingOrder(run);
        assertTrue(run.errLines().get(0).matches("1 file checked: \\d+ errors.*"), run.err());
    }

    @Test
    void syntaxErrorIsAnErrorAtItsPosition() throws IOException {
        String file = write("cut.json", "{\"StartAt\": \"A\",\n \"States\": {");

        CliRun run = CliRun.of("validate", file);

        assertEquals(ExitCodes.ERRORS, run.exitCode());
        assertTrue(run.out().contains(file + ":2:13: error syntax-error "), run.out());
    }

    @Test
    void missingFileExitsTwoWithOneLineMessage() {
        String missing = dir.resolve("missing.asl.json").toString();

        CliRun run = CliRun.of("validate", missing);

        assertEquals(ExitCodes.UNREADABLE, run.exitCode());
        assertEquals("", run.out());
        assertEquals(List.of("statewise: " + missing + ": no such file", "1 file checked: 1 unreadable file"),
                run.errLines());
    }

    @Test
    void directoryExitsTwo() {
        CliRun run = CliRun.of("validate", dir.toString());

        assertEquals(ExitCodes.UNREADABLE, run.exitCode());
        assertEquals("statewise: " + dir + ": is a directory", run.errLines().get(0));
    }

    @Test
    void nonUtf8FileExitsTwo() throws IOException {
        Path latin1 = dir.resolve("latin1.asl.json");
        Files.write(latin1, "{\"Comment\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

        CliRun run = CliRun.of("validate", latin1.toString());

        assertEquals(ExitCodes.UNREADABLE, run.exitCode());
        assertEquals("statewise: " + latin1 + ": not UTF-8 text", run.errLines().get(0));
    }

    @Test
    void unreadableInputOutranksErrorsAndEveryFileIsStillChecked() throws IOException {
        String bad = write("bad.asl.json", TWO_ERRORS);

        CliRun run = CliRun.of("validate", bad, dir.resolve("gone.json").toString());

        assertEquals(ExitCodes.UNREADABLE, run.exitCode());
        assertTrue(run.out().startsWith(bad + ":"), run.out());
        assertTrue(run.errLines().get(1).matches("2 files checked: \\d+ errors.*, 1 unreadable file"), run.err());
    }

    @Test
    void yamlIsChosenByFileName() throws IOException {
        String yaml = """
                StartAt: Greet
                States:
                  Greet:
                    Type: Pass
                    End: true
                """;

        CliRun run = CliRun.of("validate", write("flow.asl.yaml", yaml));

        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
    }

    @Test
    void yamlIsDetectedFromContentWhenTheNameSaysNothing() throws IOException {
        String file = write("flow.txt", "StartAt: Greet\nStates:\n  Greet: {Type: Unknown, End: true}\n");

        CliRun run = CliRun.of("validate", file);

        assertEquals(ExitCodes.ERRORS, run.exitCode());
        assertTrue(run.out().contains(file + ":3:17: error unknown-state-type "), run.out());
    }

    @Test
    void dashReadsStandardInput() {
        CliRun run = CliRun.withInput(TWO_ERRORS, "validate", "-");

        assertEquals(ExitCodes.ERRORS, run.exitCode());
        assertTrue(run.out().contains("<stdin>:4:19: error unknown-state-type "), run.out());
    }

    @Test
    void singleStateDocumentIsValidatedAsAState() throws IOException {
        String file = write("task.json", "{\"Type\": \"Pass\", \"End\": true}");

        CliRun run = CliRun.of("validate", "--format", "json", file);

        assertEquals(ExitCodes.OK, run.exitCode(), run.out());
        assertEquals("state", json(run).at("/files/0/kind").asText());
    }

    @Test
    void jsonOutputIsOneDocumentWithFilesDiagnosticsAndCounts() throws IOException {
        String bad = write("bad.asl.json", TWO_ERRORS);
        String gone = dir.resolve("gone.json").toString();

        CliRun run = CliRun.of("validate", "--format", "json", bad, gone);

        JsonNode root = json(run);
        assertEquals(ExitCodes.UNREADABLE, run.exitCode());
        assertEquals(bad, root.at("/files/0/file").asText());
        assertEquals("json", root.at("/files/0/format").asText());
        JsonNode first = diagnostic(root.at("/files/0/diagnostics"), "unknown-state-type");
        assertEquals("unknown-state-type", first.get("code").asText());
        assertEquals("error", first.get("severity").asText());
        assertEquals("/States/A/Type", first.get("pointer").asText());
        assertEquals(4, first.get("line").asInt());
        assertEquals(19, first.get("column").asInt());
        assertEquals(4, first.get("endLine").asInt());
        assertTrue(first.get("endColumn").asInt() > 19);
        assertTrue(first.get("message").asText().contains("Bogus"));
        assertEquals("no such file", root.at("/files/1/unreadable").asText());
        assertEquals(2, root.at("/counts/files").asInt());
        assertEquals(root.at("/files/0/diagnostics").size(), root.at("/counts/errors").asInt()
                + root.at("/counts/warnings").asInt());
        assertEquals(1, root.at("/counts/unreadable").asInt());
    }

    @Test
    void infosAreShownOnlyWhenVerbose() throws IOException {
        String file = write("placeholder.asl.json", PLACEHOLDER);

        CliRun quiet = CliRun.of("validate", file);
        CliRun verbose = CliRun.of("validate", "--verbose", file);

        assertEquals("", quiet.out());
        assertTrue(verbose.out().contains(file + ":7:64: info template-placeholder "), verbose.out());
        assertEquals(ExitCodes.OK, verbose.exitCode());
        assertEquals("1 file checked: 1 info", verbose.errLines().get(0));
    }

    @Test
    void expressAndNoWarningsAreAccepted() throws IOException {
        CliRun run = CliRun.of("validate", "--express", "--no-warnings", write("ok.asl.json", VALID));

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    }

    @Test
    void listCodesPrintsTheWholeCatalogue() {
        CliRun run = CliRun.of("validate", "--list-codes");

        assertEquals(ExitCodes.OK, run.exitCode());
        for (DiagnosticCode code : DiagnosticCode.values()) {
            assertTrue(run.out().contains(code.id() + " "), code.id());
        }
    }

    @Test
    void listCodesAsJsonParses() throws IOException {
        CliRun run = CliRun.of("validate", "--list-codes", "--format", "json");

        JsonNode codes = json(run);
        assertEquals(DiagnosticCode.values().length, codes.size());
        assertEquals("syntax-error", codes.get(0).get("code").asText());
    }

    @Test
    void noFileIsAUsageError() {
        CliRun run = CliRun.of("validate");

        assertEquals(ExitCodes.UNREADABLE, run.exitCode());
        assertTrue(run.err().startsWith("statewise validate: Missing FILE"), run.err());
        assertTrue(run.err().contains("Try 'statewise validate --help'"), run.err());
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun run = CliRun.of("validate", "--format", "xml", "x.json");

        assertEquals(ExitCodes.UNREADABLE, run.exitCode());
        assertEquals("", run.out());
    }

    private static void assertInReadingOrder(CliRun run) {
        List<Integer> lines = run.outLines().stream().map(l -> Integer.valueOf(l.split(":")[1])).toList();
        assertEquals(lines.stream().sorted().toList(), lines, run.out());
    }

    private static JsonNode diagnostic(JsonNode diagnostics, String code) {
        for (JsonNode d : diagnostics) {
            if (code.equals(d.path("code").asText())) {
                return d;
            }
        }
        throw new AssertionError("no " + code + " in " + diagnostics);
    }

    private String write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file.toString();
    }

    private static JsonNode json(CliRun run) throws IOException {
        return new ObjectMapper().readTree(run.out());
    }
}
