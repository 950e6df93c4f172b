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

class RunCommandTest {

    static final String GREET = """
            {"StartAt": "Greet", "States": {
              "Greet": {"Type": "Pass", "Parameters": {"hello.$": "$.name", "arn.$": "$$.Execution.Id"}, "End": true}
            }}
            """;

    static final String CHARGE = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                         "Parameters": {"FunctionName": "charge"}, "End": true}
            }}
            """;

    static final String MOCKS = """
            {"StateMachines": {"Shop": {"TestCases": {"Ok": {"Charge": "Paid"}, "Declined": {"Charge": "No"}}}},
             "MockedResponses": {"Paid": {"0": {"Return": {"paid": true}}},
                                 "No": {"0": {"Throw": {"Error": "Card.Declined", "Cause": "insufficient funds"}}}}}
            """;

    @TempDir
    Path dir;

    String write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    @Test
    void textPrintsOneLinePerEventThenTheResult() throws IOException {
        CliRun run = CliRun.of("run", write("greet.asl.json", GREET), "--input", "{\"name\": \"Ada\"}");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        List<String> lines = run.outLines();
        assertTrue(lines.get(0).matches("1  ExecutionStarted +input=\\{\"name\":\"Ada\"}"), lines.get(0));
        assertTrue(lines.get(1).matches("2  PassStateEntered +Greet +input=\\{\"name\":\"Ada\"}"), lines.get(1));
        assertEquals("status: SUCCEEDED", lines.get(lines.size() - 2));
        assertEquals("output: {\"hello\":\"Ada\",\"arn\":\"arn:aws:states:us-east-1:111111111111:execution:"
                + "statewise:local\"}", lines.get(lines.size() - 1));
    }

    @Test
    void jsonPrintsStatusOutputAndHistory() throws IOException {
        CliRun run = CliRun.of("run", write("greet.asl.json", GREET), "--format", "json", "--input", "{\"name\": 1}",
                "--context", "{\"execution_name\": \"e1\", \"region\": \"eu-west-1\"}");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("SUCCEEDED", json.get("status").asText());
        assertEquals("arn:aws:states:eu-west-1:111111111111:execution:statewise:e1",
                json.get("output").get("arn").asText());
        assertEquals("ExecutionStarted", json.get("history").get("events").get(0).get("type").asText());
        assertEquals("{\"name\":1}", json.get("history").get("events").get(0).get("executionStartedEventDetails")
                .get("input").asText());
    }

    @Test
    void mockedTasksAnswerFromTheTestCase() throws IOException {
        String def = write("shop.asl.json", CHARGE);
        String mocks = write("mocks.json", MOCKS);

        CliRun ok = CliRun.of("run", def, "--mocks", mocks, "--test-case", "Ok");
        CliRun declined = CliRun.of("run", def, "--mocks", mocks, "--test-case", "Declined", "--format", "json");

        assertEquals(ExitCodes.OK, ok.exitCode(), ok.out() + ok.err());
        assertEquals("output: {\"paid\":true}", ok.outLines().get(ok.outLines().size() - 1));
        assertEquals(ExitCodes.ERRORS, declined.exitCode());
        JsonNode json = new ObjectMapper().readTree(declined.out());
        assertEquals("Card.Declined", json.get("error").asText());
        assertEquals("insufficient funds", json.get("cause").asText());
    }

    @Test
    void anInvalidDefinitionPrintsItsErrorsAndExitsTwo() throws IOException {
        String def = write("bad.asl.json", "{\"StartAt\": \"Nowhere\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");

        CliRun run = CliRun.of("run", def);

        assertEquals(ExitCodes.UNREADABLE, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.errLines().get(0).startsWith(def + ":1:"), run.err());
        assertTrue(run.err().contains(" error missing-transition-target "), run.err());
    }

    @Test
    void badMockFilesAreReportedAtTheirPosition() throws IOException {
        String mocks = write("mocks.json", "{\"StateMachines\": {}, \"MockedResponses\": {\"R\": {\"x\": {}}}}");

        CliRun run = CliRun.of("run", write("shop.asl.json", CHARGE), "--mocks", mocks, "--test-case", "Ok");

        assertEquals(ExitCodes.UNREADABLE, run.exitCode());
        assertTrue(run.errLines().get(0).startsWith(mocks + ":1:49: error invalid-value 'x' is not an invocation"),
                run.err());
    }

    @Test
    void aTestCaseMockingAStateTheDefinitionLacksStopsTheRunAtItsLine() throws IOException {
        String mocks = write("mocks.json", MOCKS.replace("\"Ok\": {\"Charge\"", "\"Ok\": {\"Chrage\""));

        CliRun run = CliRun.of("run", write("shop.asl.json", CHARGE), "--mocks", mocks, "--test-case", "Ok");

        assertEquals(ExitCodes.UNREADABLE, run.exitCode(), run.err());
        assertEquals(List.of(mocks + ":1:50: error invalid-value State 'Chrage' in test case 'Ok' is not in the "
                + "state machine 'Shop' (Task states: Charge); rename or remove it."), run.errLines());
        assertEquals("", run.out());
    }

    @Test
    void aMockedPassStateIsAWarningAndTheRunGoesOn() throws IOException {
        String definition = write("shop.asl.json", CHARGE.replace("\"End\": true}", "\"Next\": \"Done\"},\n"
                + "\"Done\": {\"Type\": \"Pass\", \"End\": true}"));
        String mocks = write("mocks.json", MOCKS.replace("\"Ok\": {\"Charge\": \"Paid\"}",
                "\"Ok\": {\"Charge\": \"Paid\", \"Done\": \"Paid\"}"));

        CliRun run = CliRun.of("run", definition, "--mocks", mocks, "--test-case", "Ok", "--format", "json");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(List.of(mocks + ":1:68: warning no-effect State 'Done' in test case 'Ok' is a Pass state: only "
                + "Task states call services, so this mock is never used (Step Functions Local ignores it too)."),
                run.errLines());
    }

    @Test
    void wrongUsageExitsTwo() throws IOException {
        String def = write("greet.asl.json", GREET);

        assertEquals(ExitCodes.UNREADABLE, CliRun.of("run", def, "--mocks", "m.json").exitCode());
        assertEquals(ExitCodes.UNREADABLE, CliRun.of("run", def, "--input", "{oops").exitCode());
        assertEquals(ExitCodes.UNREADABLE, CliRun.of("run", def, "--context", "{\"colour\": \"red\"}").exitCode());
        assertEquals(ExitCodes.UNREADABLE, CliRun.of("run", dir.resolve("missing.json").toString()).exitCode());
    }

    @Test
    void aFailedExecutionExitsOne() throws IOException {
        String def = write("fail.asl.json", "{\"StartAt\": \"F\", \"States\": {\"F\": {\"Type\": \"Fail\", "
                + "\"Error\": \"Oops\", \"Cause\": \"on purpose\"}}}");

        CliRun run = CliRun.of("run", def);

        assertEquals(ExitCodes.ERRORS, run.exitCode());
        assertEquals(List.of("status: FAILED", "error: Oops", "cause: on purpose"),
                run.outLines().subList(run.outLines().size() - 3, run.outLines().size()));
    }

    @Test
    void statsPrintTransitionsAndRunTimeAfterWarmUp() throws IOException {
        CliRun run = CliRun.of("run", write("greet.asl.json", GREET), "--input", "{\"name\": 0}", "--stats",
                "--warmup", "3");

        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.err().strip().matches("transitions=1 run_ms=\\d+\\.\\d{3}"), run.err());
    }

    @Test
    void inputCanComeFromAFile() throws IOException {
        String input = write("input.json", "{\"name\": \"file\"}");

        CliRun run = CliRun.of("run", write("greet.asl.json", GREET), "--input", "@" + input);

        assertTrue(run.out().contains("\"hello\":\"file\""), run.out());
    }
}
