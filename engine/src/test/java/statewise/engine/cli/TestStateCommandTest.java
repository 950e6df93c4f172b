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

    private String write(String text) throws IOException {
        Path file = dir.resolve("machine.asl.json");
        Files.writeString(file, text);
        return file.toString();
    }
}
