package statewise.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import statewise.engine.run.service.LocalS3;

/** A distributed Map reading an S3 Inventory report (ReaderConfig.InputType MANIFEST) from a local folder. */
class InventoryItemReaderTest {

    private static final String MAP = """
            {"StartAt": "M", "States": {"M": {"Type": "Map",
              "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                "ReaderConfig": {"InputType": "MANIFEST"%s},
                "Parameters": {"Bucket": "inventory-bucket", "Key": "%s"}},
              "ItemSelector": {"key.$": "$$.Map.Item.Value.Key", "size.$": "$$.Map.Item.Value.Size"},
              "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}""";

    @TempDir
    Path root;

    @BeforeEach
    void copyReport() throws IOException, URISyntaxException {
        Path report = Path.of(InventoryItemReaderTest.class.getResource("/items/inventory").toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(report)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Path copy = root.resolve(report.relativize(file).toString());
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy);
        }
    }

    private ExecutionResult run(String config, String manifestKey) {
        return Interpreter.run(Runs.request(MAP.formatted(config, manifestKey), "{}")
                .withResolver(new LocalS3(root, TaskResolver.ECHO)));
    }

    @Test
    void everyRowOfEveryListedDataFileIsAnItemKeyedByTheSchema() {
        ExecutionResult result = run("", "source-bucket/daily/manifest.json");
        assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(result.output().toString()).isEqualTo("[{\"key\":\"photos/a.jpg\",\"size\":\"1024\"},"
                + "{\"key\":\"photos/b.jpg\",\"size\":\"2048\"},{\"key\":\"docs/c.txt\",\"size\":\"3\"}]");
    }

    @Test
    void maxItemsStopsReadingAcrossDataFiles() {
        ExecutionResult result = run(", \"MaxItems\": 2", "source-bucket/daily/manifest.json");
        assertThat(result.output()).hasSize(2);
    }

    @Test
    void missingDataFileFailsTheReaderNamingIt() throws IOException {
        Files.delete(root.resolve("inventory-bucket/source-bucket/daily/data/part-2.csv"));
        ExecutionResult result = run("", "source-bucket/daily/manifest.json");
        assertThat(result.error()).isEqualTo("States.ItemReaderFailed");
        assertThat(result.cause()).startsWith("s3://inventory-bucket/source-bucket/daily/data/part-2.csv: "
                + "S3.NoSuchKeyException");
    }

    @Test
    void athenaManifestsAreRefusedWithTheTypesThatAreRead() {
        ExecutionResult result = run(", \"ManifestType\": \"ATHENA_DATA\"", "source-bucket/daily/manifest.json");
        assertThat(result.error()).isEqualTo("States.ItemReaderFailed");
        assertThat(result.cause()).isEqualTo("ReaderConfig.ManifestType ATHENA_DATA is not read locally: use"
                + " S3_INVENTORY.");
    }
}
