package statewise.engine.run.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.TaskCall;
import statewise.engine.run.TaskOutcome;
import statewise.engine.run.TaskResolver;

/**
 * S3 on the local disk: {@code s3://bucket/key} is the file {@code ROOT/bucket/key}. Answers {@code s3:getObject},
 * {@code s3:listObjectsV2} and {@code s3:putObject} (optimized and {@code aws-sdk:} forms), whether a Task state
 * or a distributed Map's ItemReader and ResultWriter call them, with S3's response shapes; passes every other call
 * to the next resolver. Keys never leave the root folder. A Task's {@code aws-sdk:s3:getObject} answers as AWS
 * does, with the object's bytes as UTF-8 text in Body (S3 does not decompress a gzip object, and neither does the
 * SDK integration); the ItemReader's {@code arn:aws:states:::s3:getObject} gets a gzip object's decompressed text,
 * as AWS's ItemReader reads S3 Inventory's {@code .csv.gz} data files.
 */
public final class LocalS3 implements TaskResolver {

    private static final Pattern S3 = Pattern.compile("arn:[^:]+:states:::(?:aws-sdk:)?s3:"
            + "(getObject|listObjectsV2|putObject)");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Path root;
    private final TaskResolver next;

    public LocalS3(Path root, TaskResolver next) {
        this.root = root.toAbsolutePath().normalize();
        this.next = next;
    }

    @Override
    public TaskOutcome resolve(TaskCall call) {
        Matcher action = S3.matcher(call.resource());
        if (!action.matches()) {
            return next.resolve(call);
        }
        String bucket = call.input().path("Bucket").asText("");
        if (bucket.isEmpty() || bucket.contains("/") || bucket.equals("..") || bucket.equals(".")) {
            return TaskOutcome.failure("S3.InvalidBucketNameException", "The specified bucket is not valid: '"
                    + bucket + "'.");
        }
        Path bucketDir = root.resolve(bucket);
        try {
            return switch (action.group(1)) {
                case "getObject" -> get(bucketDir, bucket, call.input().path("Key").asText(""),
                        !call.resource().contains(":aws-sdk:"));
                case "listObjectsV2" -> list(bucketDir, bucket, call.input().path("Prefix").asText(""));
                default -> put(bucketDir, bucket, call.input().path("Key").asText(""), call.input().get("Body"));
            };
        } catch (IOException e) {
            return TaskOutcome.failure("S3.S3Exception", "s3://" + bucket + ": cannot be read or written under "
                    + root + " (" + e.getMessage() + ").");
        }
    }

    /** The file behind {@code s3://bucket/key}, or null when the key would leave the bucket's folder. */
    private static @Nullable Path file(Path bucketDir, String key) {
        Path file = bucketDir.resolve(key).normalize();
        return key.isEmpty() || !file.startsWith(bucketDir) ? null : file;
    }

    /** @param itemReader whether the ItemReader reads the object (it reads a gzip object's decompressed text) */
    private TaskOutcome get(Path bucketDir, String bucket, String key, boolean itemReader) throws IOException {
        Path file = file(bucketDir, key);
        if (!Files.isDirectory(bucketDir)) {
            return noSuchBucket(bucket, bucketDir);
        }
        if (file == null || !Files.isRegularFile(file)) {
            return TaskOutcome.failure("S3.NoSuchKeyException", "The specified key does not exist: s3://" + bucket
                    + "/" + key + " (no file " + (file == null ? bucketDir.resolve(key) : file) + ").");
        }
        byte[] bytes = Files.readAllBytes(file);
        ObjectNode result = NODES.objectNode();
        result.put("Body", itemReader ? text(bytes) : new String(bytes, StandardCharsets.UTF_8));
        result.put("ContentLength", bytes.length);
        result.put("ETag", etag(bytes));
        result.put("LastModified", lastModified(file));
        return TaskOutcome.success(result);
    }

    /** The object's text: UTF-8, decompressed first when the object is gzip (its first bytes are gzip's magic). */
    private static String text(byte[] bytes) throws IOException {
        if (bytes.length < 2 || (bytes[0] & 0xff) != 0x1f || (bytes[1] & 0xff) != 0x8b) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private TaskOutcome list(Path bucketDir, String bucket, String prefix) throws IOException {
        if (!Files.isDirectory(bucketDir)) {
            return noSuchBucket(bucket, bucketDir);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(bucketDir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        List<String> keys = files.stream().map(f -> key(bucketDir, f)).filter(k -> k.startsWith(prefix)).sorted()
                .toList();
        ObjectNode result = NODES.objectNode();
        var contents = result.putArray("Contents");
        for (String key : keys) {
            Path file = bucketDir.resolve(key);
            byte[] bytes = Files.readAllBytes(file);
            contents.addObject().put("ETag", etag(bytes)).put("Key", key).put("LastModified", lastModified(file))
                    .put("Size", bytes.length).put("StorageClass", "STANDARD");
        }
        result.put("IsTruncated", false);
        result.put("KeyCount", keys.size());
        result.put("MaxKeys", 1000);
        result.put("Name", bucket);
        result.put("Prefix", prefix);
        return TaskOutcome.success(result);
    }

    private TaskOutcome put(Path bucketDir, String bucket, String key, @Nullable JsonNode body) throws IOException {
        Path file = file(bucketDir, key);
        if (file == null) {
            return TaskOutcome.failure("S3.S3Exception", "The key '" + key + "' is not a valid key in s3://" + bucket
                    + ".");
        }
        String text = body == null || body.isNull() ? "" : body.isTextual() ? body.textValue() : body.toString();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return TaskOutcome.success(NODES.objectNode().put("ETag", etag(bytes)));
    }

    private static TaskOutcome noSuchBucket(String bucket, Path bucketDir) {
        return TaskOutcome.failure("S3.NoSuchBucketException", "The specified bucket does not exist: s3://" + bucket
                + " (no folder " + bucketDir + ").");
    }

    private static String key(Path bucketDir, Path file) {
        return bucketDir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static String lastModified(Path file) throws IOException {
        return Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** S3's ETag of a single-part object: its MD5 in hex, in double quotes. */
    private static String etag(byte[] bytes) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
