package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import statewise.engine.model.ResultWriter;
import statewise.engine.model.WriterConfig;
import statewise.engine.run.items.ResultFormat;

/**
 * A distributed Map's ResultWriter: writes the children's results as AWS does, {@code PREFIX/<map run id>/}
 * {@code SUCCEEDED_0.json} and {@code FAILED_0.json} (written when not empty) and {@code manifest.json} listing
 * them, each through the Task resolver's {@code s3:putObject}; the Map's result is then
 * {@code {"MapRunArn", "ResultWriterDetails": {"Bucket", "Key"}}} instead of the results themselves. A WriterConfig
 * shapes the files ({@link ResultFormat}); with a WriterConfig and no Resource nothing is written and the Map's
 * result is the shaped results.
 */
final class ResultWriting {

    static final String WRITER_FAILED = "States.ResultWriterFailed";

    private ResultWriting() {
    }

    /** Writes the files and gives the Map's result. */
    static JsonNode write(ExecutionRun exec, RecoverableRun run, ResultWriter writer, String mapRunArn,
            ChildExecutions children) {
        WriterConfig config = writer.writerConfig();
        ResultFormat format = config == null ? ResultFormat.DEFAULT
                : ResultFormat.of(config.transformation(), config.outputType());
        if (writer.resource() == null) {
            return format.transform(children.all());
        }
        JsonNode parameters = writer.arguments() != null
                ? run.dataFlow.payload(run, writer.arguments(), run.effective, null, "Arguments")
                : run.dataFlow.payload(run, writer.parameters(), run.effective, null, "Parameters");
        String resource = writer.resource() == null ? "" : writer.resource();
        String bucket = parameters.path("Bucket").asText("");
        String prefix = parameters.path("Prefix").asText("");
        String folder = (prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/")
                + mapRunArn.substring(mapRunArn.lastIndexOf(':') + 1) + "/";
        ObjectNode manifest = ExecutionRun.NODES.objectNode();
        manifest.put("DestinationBucket", bucket);
        manifest.put("MapRunArn", mapRunArn);
        ObjectNode files = manifest.putObject("ResultFiles");
        files.set("FAILED", resultFile(exec, run, resource, bucket, folder + "FAILED_0.json",
                children.withStatus("FAILED"), format));
        files.putArray("PENDING");
        files.set("SUCCEEDED", resultFile(exec, run, resource, bucket, folder + "SUCCEEDED_0.json",
                children.withStatus("SUCCEEDED"), format));
        String manifestKey = folder + "manifest.json";
        put(exec, run, resource, bucket, manifestKey, manifest.toString());
        ObjectNode result = ExecutionRun.NODES.objectNode();
        result.put("MapRunArn", mapRunArn);
        result.putObject("ResultWriterDetails").put("Bucket", bucket).put("Key", manifestKey);
        return result;
    }

    /** Writes one result file when it has entries; the manifest's list of it (empty or one entry). */
    private static ArrayNode resultFile(ExecutionRun exec, RecoverableRun run, String resource, String bucket,
            String key, ArrayNode entries, ResultFormat format) {
        ArrayNode listed = ExecutionRun.NODES.arrayNode();
        if (entries.isEmpty()) {
            return listed;
        }
        String text = format.fileText(format.transform(entries));
        put(exec, run, resource, bucket, key, text);
        listed.addObject().put("Key", key).put("Size", text.getBytes(StandardCharsets.UTF_8).length);
        return listed;
    }

    private static void put(ExecutionRun exec, RecoverableRun run, String resource, String bucket, String key,
            String body) {
        ObjectNode input = ExecutionRun.NODES.objectNode().put("Bucket", bucket).put("Key", key).put("Body", body);
        TaskOutcome outcome = exec.request().resolver().resolve(new TaskCall(run.name, resource, input,
                run.retryCount() == null ? 0 : run.retryCount(), 0, run.context()));
        if (outcome instanceof TaskOutcome.Failure failure) {
            throw new StatesError(WRITER_FAILED, "s3://" + bucket + "/" + key + ": " + failure.error()
                    + (failure.cause() == null ? "" : " (" + failure.cause() + ")"));
        }
        if (!(outcome instanceof TaskOutcome.Success success) || !success.output().has("ETag")) {
            throw new StatesError(WRITER_FAILED, "s3://" + bucket + "/" + key + ": the result was not written."
                    + " ResultWriter writes S3 objects to local files: run with --s3-root DIR (s3://bucket/key is"
                    + " DIR/bucket/key) or set \"s3Root\" in the definition's run settings (NAME.asl.run.json).");
        }
    }
}
