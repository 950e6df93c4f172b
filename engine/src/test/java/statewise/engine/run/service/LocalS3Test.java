package statewise.engine.run.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import statewise.engine.run.TaskCall;
import statewise.engine.run.TaskOutcome;
import statewise.engine.run.TaskResolver;

/** S3 on the local disk: what a Task's getObject and an ItemReader's getObject get back. */
class LocalS3Test {

    private static final String TEXT = "id,total\n1,5\n";

    @TempDir
    Path root;

    private byte[] gzip;

    @BeforeEach
    void writeGzipObject() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(TEXT.getBytes(StandardCharsets.UTF_8));
        }
        gzip = bytes.toByteArray();
        Files.createDirectories(root.resolve("raw"));
        Files.write(root.resolve("raw/orders.csv.gz"), gzip);
    }

    private JsonNode get(String resource) {
        TaskCall call = new TaskCall("Read", resource, JsonNodeFactory.instance.objectNode().put("Bucket", "raw")
                .put("Key", "orders.csv.gz"), 0, 0, JsonNodeFactory.instance.objectNode());
        TaskOutcome outcome = new LocalS3(root, TaskResolver.ECHO).resolve(call);
        assertThat(outcome).isInstanceOf(TaskOutcome.Success.class);
        return ((TaskOutcome.Success) outcome).output();
    }

    @Test
    void taskGetsAGzipObjectsBytesAsAwsReturnsThem() {
        JsonNode answer = get("arn:aws:states:::aws-sdk:s3:getObject");

        assertThat(answer.get("Body").asText()).isEqualTo(new String(gzip, StandardCharsets.UTF_8))
                .doesNotContain("id,total");
        assertThat(answer.get("ContentLength").asInt()).isEqualTo(gzip.length);
    }

    @Test
    void itemReaderGetsAGzipObjectsText() {
        assertThat(get("arn:aws:states:::s3:getObject").get("Body").asText()).isEqualTo(TEXT);
    }
}
