package statewise.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import statewise.engine.run.service.LocalS3;

/** A distributed Map's ResultWriter.WriterConfig: Transformation and OutputType, with and without writing to S3. */
class ResultWriterConfigTest {

    private static final String MAP = """
            {"StartAt": "M", "States": {"M": {"Type": "Map", "ToleratedFailurePercentage": 100,
              "ResultWriter": %s,
              "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                "StartAt": "Check", "States": {
                  "Check": {"Type": "Choice", "Choices": [{"Variable": "$.bad", "IsPresent": true, "Next": "Bad"}],
                    "Default": "Good"},
                  "Bad": {"Type": "Fail", "Error": "Broken", "Cause": "bad item"},
                  "Good": {"Type": "Pass", "End": true}}}, "End": true}}}""";

    @TempDir
    Path root;

    private ExecutionResult run(String writer, String input) {
        return Interpreter.run(Runs.request(MAP.formatted(writer), input)
                .withResolver(new LocalS3(root, TaskResolver.ECHO)));
    }

    @Test
    void flattenWithoutResourceSpreadsArrayOutputsIntoTheMapsOutput() {
        ExecutionResult result = run("{\"WriterConfig\": {\"Transformation\": \"FLATTEN\", \"OutputType\": \"JSON\"}}",
                "[[1, 2], [3], {\"x\": 4}]");
        assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(result.output().toString()).isEqualTo("[1,2,3,{\"x\":4}]");
    }

    @Test
    void compactKeepsOnlyOutputsButAFailedChildKeepsItsMetadata() {
        ExecutionResult result = run("{\"WriterConfig\": {\"Transformation\": \"COMPACT\", \"OutputType\": \"JSON\"}}",
                "[{\"id\": 1}, {\"bad\": true}]");
        JsonNode output = result.output();
        assertThat(output.get(0).toString()).isEqualTo("{\"id\":1}");
        assertThat(output.get(1).get("Status").asText()).isEqualTo("FAILED");
        assertThat(output.get(1).get("Error").asText()).isEqualTo("Broken");
        assertThat(output.get(1).get("Input").asText()).isEqualTo("{\"bad\":true}");
    }

    @Test
    void noneWithoutResourceGivesEveryChildsMetadata() {
        ExecutionResult result = run("{\"WriterConfig\": {\"Transformation\": \"NONE\", \"OutputType\": \"JSON\"}}",
                "[{\"id\": 1}]");
        JsonNode entry = result.output().get(0);
        assertThat(entry.get("Output").asText()).isEqualTo("{\"id\":1}");
        assertThat(entry.get("Status").asText()).isEqualTo("SUCCEEDED");
        assertThat(entry.has("ExecutionArn")).isTrue();
    }

    @Test
    void jsonLinesFilesHoldOneShapedResultPerLine() throws IOException {
        ExecutionResult result = run("""
                {"Resource": "arn:aws:states:::s3:putObject", "Parameters": {"Bucket": "out", "Prefix": "runs"},
                 "WriterConfig": {"Transformation": "FLATTEN", "OutputType": "JSONL"}}""",
                "[[1, 2], {\"x\": 3}, {\"bad\": true}]");
        assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        Path out = root.resolve("out");
        JsonNode manifest = Runs.json(Files.readString(out.resolve(result.output().at("/ResultWriterDetails/Key")
                .asText())));
        String succeeded = Files.readString(out.resolve(manifest.at("/ResultFiles/SUCCEEDED/0/Key").asText()));
        assertThat(succeeded).isEqualTo("1\n2\n{\"x\":3}\n");
        assertThat(manifest.at("/ResultFiles/SUCCEEDED/0/Size").asInt()).isEqualTo(succeeded.length());
        String failed = Files.readString(out.resolve(manifest.at("/ResultFiles/FAILED/0/Key").asText()));
        assertThat(failed.lines().toList()).hasSize(1);
        assertThat(Runs.json(failed).get("Status").asText()).isEqualTo("FAILED");
    }
}
