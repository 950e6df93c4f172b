package statewise.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestStateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MACHINE = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "ResultPath": "$.charge",
                         "Next": "Done"},
              "Done": {"Type": "Succeed"}}}""";

    @TempDir
    Path dir;

    @Test
    void printsTestStateAnswerWithInspectionData() throws IOException {
        CliRun run = CliRun.of("test-state", write(MACHINE), "--state", "Charge", "--input", "{\"id\": 1}",
                "--mock", "{\"result\": {\"ok\": true}}", "--inspection-level", "DEBUG");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode answer = JSON.readTree(run.out());
        assertEquals("SUCCEEDED", answer.get("status").asText());
        assertEquals("Done", answer.get("nextState").asText());
        assertEquals(JSON.readTree("{\"id\": 1, \"charge\": {\"ok\": true}}"), answer.get("output"));
        assertEquals(JSON.readTree("{\"ok\": true}"), answer.get("inspectionData").get("result"));
    }

    @Test
    void mockedErrorWithoutCatcherExitsOne() throws IOException {
        CliRun run = CliRun.of("test-state", write(MACHINE), "--mock",
                "{\"errorOutput\": {\"error\": \"Boom\", \"cause\": \"bad\"}}");
        assertEquals(1, run.exitCode());
        assertEquals("FAILED", JSON.readTree(run.out()).get("status").asText());
    }

    @Test
    void refusedRequestPrintsAwsErrorAndExitsTwo() throws IOException {
        CliRun run = CliRun.of("test-state", write(MACHINE), "--state", "Nowhere");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("ValidationException: State not found in definition"), run.err());
    }

    @Test
    void mockedResultThatBreaksTheResponseShapeIsRefusedUnlessValidationIsOff() throws IOException {
        String strict = "{\"result\": {\"StatusCode\": \"200\"}}";
        CliRun refused = CliRun.of("test-state", write(MACHINE), "--mock", strict);
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("ValidationException: Mock result schema validation error: Field 'StatusCode'"
                + " must be a number"), refused.err());
        CliRun accepted = CliRun.of("test-state", write(MACHINE), "--mock",
                "{\"result\": {\"StatusCode\": \"200\"}, \"fieldValidationMode\": \"NONE\"}");
        assertEquals(0, accepted.exitCode(), accepted.err());
    }

    @Test
    void httpTaskReachesOnlyHostsTheLocalServiceOptionsAllow() throws IOException {
        String http = write("""
                {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                  "Parameters": {"ApiEndpoint": "http://127.0.0.1:9/orders", "Method": "GET",
                                 "Authentication": {"ConnectionArn": "arn:aws:events:us-east-1:1:connection/c"}},
                  "End": true}}}""");
        CliRun run = CliRun.of("test-state", http);

        assertEquals(ExitCodes.ERRORS, run.exitCode(), run.out() + run.err());
        JsonNode answer = JSON.readTree(run.out());
        assertEquals("States.Permissions", answer.get("error").asText(), run.out());
        assertTrue(answer.get("cause").asText().contains("--allow-host"), run.out());
    }

    private String write(String text) throws IOException {
        Path file = dir.resolve("machine.asl.json");
        Files.writeString(file, text);
        return file.toString();
    }
}
