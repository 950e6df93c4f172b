package statewise.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import statewise.engine.run.service.HostAllowList;
import statewise.engine.run.service.LocalEndpoints;
import statewise.engine.run.service.LocalS3;

/** Distributed Maps reading items from, and writing results to, a local folder standing in for S3. */
class DistributedMapTest {

    private static final String MAP = """
            {"StartAt": "M", "States": {"M": {"Type": "Map", %s,
              "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}""";

    @TempDir
    Path root;

    private ExecutionResult run(String mapFields, String input) {
        return Interpreter.run(Runs.request(MAP.formatted(mapFields), input)
                .withResolver(new LocalS3(root, TaskResolver.ECHO)));
    }

    private void object(String bucketAndKey, String text) throws IOException {
        Path file = root.resolve(bucketAndKey);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void csvItemsGoThroughItemSelectorAndItemBatcher() throws IOException {
        object("b/rows.csv", "id;name\n1;ann\n2;bob\n3;cy\n");
        ExecutionResult result = run("""
                "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                  "ReaderConfig": {"InputType": "CSV", "CSVDelimiter": "SEMICOLON", "MaxItems": 3},
                  "Parameters": {"Bucket.$": "$.bucket", "Key": "rows.csv"}},
                "ItemSelector": {"who.$": "$$.Map.Item.Value.name"},
                "ItemBatcher": {"MaxItemsPerBatch": 2, "BatchInput": {"run.$": "$.bucket"}}""", "{\"bucket\":\"b\"}");
        assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(result.output().toString()).isEqualTo("[{\"Items\":[{\"who\":\"ann\"},{\"who\":\"bob\"}],"
                + "\"BatchInput\":{\"run\":\"b\"}},{\"Items\":[{\"who\":\"cy\"}],\"BatchInput\":{\"run\":\"b\"}}]");
        assertThat(Runs.types(result)).containsSubsequence("MapStateStarted", "MapRunStarted", "MapRunSucceeded");
    }

    @Test
    void folderListingGivesOneItemPerObject() throws IOException {
        object("b/in/a.txt", "aaa");
        object("b/in/sub/c.txt", "c");
        object("b/other.txt", "x");
        ExecutionResult result = run("""
                "ItemReader": {"Resource": "arn:aws:states:::s3:listObjectsV2",
                  "Parameters": {"Bucket": "b", "Prefix": "in/"}},
                "ItemSelector": {"key.$": "$$.Map.Item.Value.Key", "size.$": "$$.Map.Item.Value.Size",
                  "class.$": "$$.Map.Item.Value.StorageClass"}""", "{}");
        assertThat(result.output().toString()).isEqualTo("[{\"key\":\"in/a.txt\",\"size\":3,\"class\":\"STANDARD\"},"
                + "{\"key\":\"in/sub/c.txt\",\"size\":1,\"class\":\"STANDARD\"}]");
    }

    @Test
    void malformedItemFileFailsTheMapRunNamingFileAndLine() throws IOException {
        object("b/items.jsonl", "{\"a\": 1}\n{\"a\": 2\n");
        ExecutionResult result = run("""
                "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "JSONL"},
                  "Parameters": {"Bucket": "b", "Key": "items.jsonl"}}""", "{}");
        assertThat(result.error()).isEqualTo("States.ItemReaderFailed");
        assertThat(result.cause()).startsWith("s3://b/items.jsonl:2:");
        assertThat(Runs.types(result)).containsSubsequence("MapRunStarted", "MapRunFailed", "MapStateFailed",
                "ExecutionFailed");
    }

    @Test
    void withoutLocalS3TheReaderSaysHowToProvideObjects() {
        ExecutionResult result = Interpreter.run(Runs.request(MAP.formatted("""
                "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "JSON"},
                  "Parameters": {"Bucket": "b", "Key": "k.json"}}"""), "{}"));
        assertThat(result.error()).isEqualTo("States.ItemReaderFailed");
        assertThat(result.cause()).contains("--s3-root DIR").contains("\"s3Root\"");
    }

    @Test
    void resultWriterWritesManifestAndResultFiles() throws IOException {
        ExecutionResult result = run("""
                "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject",
                  "Parameters": {"Bucket": "out", "Prefix": "jobs"}}""", "[\"a\", \"b\"]");
        JsonNode details = result.output().get("ResultWriterDetails");
        assertThat(details.get("Bucket").asText()).isEqualTo("out");
        Path manifestFile = root.resolve("out").resolve(details.get("Key").asText());
        JsonNode manifest = Runs.json(Files.readString(manifestFile));
        assertThat(manifest.get("MapRunArn").asText()).isEqualTo(result.output().get("MapRunArn").asText());
        String succeededKey = manifest.at("/ResultFiles/SUCCEEDED/0/Key").asText();
        assertThat(manifest.at("/ResultFiles/FAILED").isEmpty()).isTrue();
        JsonNode succeeded = Runs.json(Files.readString(root.resolve("out").resolve(succeededKey)));
        assertThat(succeeded.findValuesAsText("Output")).containsExactly("\"a\"", "\"b\"");
        assertThat(succeeded.findValuesAsText("Status")).containsExactly("SUCCEEDED", "SUCCEEDED");
    }

    @Test
    void httpTaskHeadersWithSecretsAreRedactedInHistory() {
        ExecutionResult result = Interpreter.run(Runs.request("""
                {"StartAt": "H", "States": {"H": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                  "Parameters": {"ApiEndpoint": "https://api.example.com/x", "Method": "GET",
                    "Headers": {"Authorization": "Bearer abc", "x-api-key": "k", "Accept": "text/plain"}},
                  "End": true}}}""", "{}")
                .withResolver(new LocalEndpoints(HostAllowList.NONE, Map.of(), TaskResolver.ECHO)));
        JsonNode headers = Runs.last(result, "TaskScheduled").details().at("/parameters/Headers");
        assertThat(headers.toString()).isEqualTo("{\"Authorization\":\"[redacted]\",\"x-api-key\":\"[redacted]\","
                + "\"Accept\":\"text/plain\"}");
        assertThat(result.error()).isEqualTo("States.Permissions");
        assertThat(result.history().toString()).doesNotContain("Bearer abc");
        assertThat(result.cause()).contains("--allow-host api.example.com");
    }
}
