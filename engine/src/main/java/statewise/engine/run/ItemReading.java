package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.ItemBatcher;
import statewise.engine.model.ItemReader;
import statewise.engine.model.MapState;
import statewise.engine.model.ReaderConfig;
import statewise.engine.run.items.CsvOptions;
import statewise.engine.run.items.InventoryManifest;
import statewise.engine.run.items.ItemBatches;
import statewise.engine.run.items.ItemFiles;
import statewise.engine.run.items.ItemReadException;
import statewise.engine.run.items.ObjectListing;

/**
 * A distributed Map's items from its ItemReader, then grouped by its ItemBatcher. The reader's S3 call goes to the
 * execution's Task resolver with the reader's Resource and evaluated Parameters/Arguments (so a local S3 folder, a
 * mock or a person can answer it) and records no Task events, as AWS records none. Every failure is
 * {@code States.ItemReaderFailed}, with a cause naming the object and, for malformed files, the line and field.
 */
final class ItemReading {

    static final String READER_FAILED = "States.ItemReaderFailed";
    /** AWS stops reading items beyond 100,000,000. */
    static final long MAX_ITEMS_CEILING = 100_000_000L;

    private static final String NO_OBJECTS = "ItemReader reads S3 objects from local files: run with --s3-root DIR"
            + " (s3://bucket/key is DIR/bucket/key) or set \"s3Root\" in the definition's run settings"
            + " (NAME.asl.run.json).";

    private ItemReading() {
    }

    /** The items {@code map}'s ItemReader reads for {@code run}'s current attempt. */
    static List<JsonNode> read(ExecutionRun exec, RecoverableRun run, MapState map) {
        ItemReader reader = map.itemReader();
        String resource = reader.resource() == null ? "" : reader.resource();
        JsonNode parameters = reader.arguments() != null
                ? run.dataFlow.payload(run, reader.arguments(), run.effective, null, "Arguments")
                : run.dataFlow.payload(run, reader.parameters(), run.effective, null, "Parameters");
        ReaderConfig config = reader.readerConfig();
        long maxItems = config == null ? 0 : maxItems(run, config);
        String source = "s3://" + parameters.path("Bucket").asText() + "/" + parameters.path(
                resource.endsWith("listObjectsV2") ? "Prefix" : "Key").asText();
        TaskOutcome outcome = exec.request().resolver().resolve(new TaskCall(run.name, resource, parameters,
                run.retryCount() == null ? 0 : run.retryCount(), 0, run.context()));
        if (outcome instanceof TaskOutcome.Failure failure) {
            throw new StatesError(READER_FAILED, source + ": " + failure.error()
                    + (failure.cause() == null ? "" : " (" + failure.cause() + ")"));
        }
        if (!(outcome instanceof TaskOutcome.Success success)) {
            throw new StatesError(READER_FAILED, source + ": the object store did not answer in time.");
        }
        try {
            List<JsonNode> items = parse(resource, success.output(), config, source,
                    (bucket, key) -> dataFile(exec, run, resource, bucket, key));
            return maxItems > 0 && items.size() > maxItems ? items.subList(0, (int) maxItems) : items;
        } catch (ItemReadException e) {
            throw new StatesError(READER_FAILED, e.getMessage());
        }
    }

    /** The text of one data file an S3 Inventory manifest lists, read like the manifest itself. */
    private static String dataFile(ExecutionRun exec, RecoverableRun run, String resource, String bucket, String key)
            throws ItemReadException {
        String source = "s3://" + bucket + "/" + key;
        ObjectNode parameters = ExecutionRun.NODES.objectNode().put("Bucket", bucket).put("Key", key);
        TaskOutcome outcome = exec.request().resolver().resolve(new TaskCall(run.name, resource, parameters,
                run.retryCount() == null ? 0 : run.retryCount(), 0, run.context()));
        if (outcome instanceof TaskOutcome.Failure failure) {
            throw new ItemReadException(source + ": " + failure.error()
                    + (failure.cause() == null ? "" : " (" + failure.cause() + ")"));
        }
        JsonNode body = outcome instanceof TaskOutcome.Success success ? success.output().get("Body") : null;
        if (body == null || !body.isTextual()) {
            throw new ItemReadException(source + ": no object body came back. " + NO_OBJECTS);
        }
        return body.textValue();
    }

    private static List<JsonNode> parse(String resource, JsonNode answer, @Nullable ReaderConfig config,
            String source, InventoryManifest.DataFiles dataFiles) throws ItemReadException {
        if (resource.endsWith(":listObjectsV2")) {
            return ObjectListing.items(answer, source);
        }
        if (!resource.endsWith(":getObject")) {
            throw new ItemReadException("ItemReader Resource '" + resource + "' is not supported: use "
                    + "arn:aws:states:::s3:getObject or arn:aws:states:::s3:listObjectsV2.");
        }
        JsonNode body = answer.get("Body");
        if (body == null || !body.isTextual()) {
            throw new ItemReadException(source + ": no object body came back. " + NO_OBJECTS);
        }
        String type = config == null ? null : config.inputType();
        if (type == null) {
            throw new ItemReadException("ItemReader on s3:getObject needs ReaderConfig.InputType (CSV, JSON, JSONL"
                    + " or MANIFEST).");
        }
        return switch (type) {
            case "JSON" -> ItemFiles.jsonArray(body.textValue(), source);
            case "JSONL" -> ItemFiles.jsonLines(body.textValue(), source);
            case "CSV" -> ItemFiles.csv(body.textValue(), source, CsvOptions.of(config.csvHeaderLocation(),
                    config.csvHeaders(), config.csvDelimiter()));
            case "MANIFEST" -> manifest(body.textValue(), source, config.manifestType(), dataFiles);
            default -> throw new ItemReadException("ReaderConfig.InputType " + type + " is not read locally:"
                    + " use CSV, JSON, JSONL or MANIFEST.");
        };
    }

    /** The rows of the data files an S3 Inventory manifest lists (AWS's default ManifestType). */
    private static List<JsonNode> manifest(String text, String source, @Nullable String manifestType,
            InventoryManifest.DataFiles dataFiles) throws ItemReadException {
        if (manifestType != null && !manifestType.equals("S3_INVENTORY")) {
            throw new ItemReadException("ReaderConfig.ManifestType " + manifestType + " is not read locally: use"
                    + " S3_INVENTORY.");
        }
        return InventoryManifest.parse(text, source).items(dataFiles);
    }

    /** MaxItems or MaxItemsPath: 0 for no limit, capped at AWS's ceiling; negative values fail the reader. */
    private static long maxItems(RecoverableRun run, ReaderConfig config) {
        JsonNode value = run.dataFlow.number(run, config.maxItems(), config.maxItemsPath(), run.effective,
                "MaxItemsPath", true);
        long max = whole(value, "MaxItems", READER_FAILED);
        if (max < 0) {
            throw new StatesError(READER_FAILED, "field MaxItems must be positive");
        }
        return Math.min(max, MAX_ITEMS_CEILING);
    }

    /** The batches of {@code items} under {@code map}'s ItemBatcher (each item already through ItemSelector). */
    static List<JsonNode> batch(RecoverableRun run, ItemBatcher batcher, List<JsonNode> items) {
        long maxItems = whole(run.dataFlow.number(run, batcher.maxItemsPerBatch(), batcher.maxItemsPerBatchPath(),
                run.effective, "MaxItemsPerBatchPath", true), "MaxItemsPerBatch", ErrorNames.RUNTIME);
        long maxBytes = whole(run.dataFlow.number(run, batcher.maxInputBytesPerBatch(),
                batcher.maxInputBytesPerBatchPath(), run.effective, "MaxInputBytesPerBatchPath", true),
                "MaxInputBytesPerBatch", ErrorNames.RUNTIME);
        if (maxItems < 0 || maxBytes < 0) {
            throw new StatesError(ErrorNames.RUNTIME, run.errorPrefix() + "MaxItemsPerBatch and "
                    + "MaxInputBytesPerBatch must be positive.");
        }
        JsonNode batchInput = batcher.batchInput() == null ? null
                : run.dataFlow.payload(run, batcher.batchInput(), run.effective, null, "BatchInput");
        try {
            return ItemBatches.batch(items, maxItems, maxBytes, batchInput);
        } catch (ItemReadException e) {
            throw new StatesError(ErrorNames.RUNTIME, run.errorPrefix() + e.getMessage());
        }
    }

    /** A whole number given as a number or as its text ({@code "2"} from a variable); 0 when unset. */
    private static long whole(@Nullable JsonNode value, String field, String error) {
        if (value == null || value.isNull()) {
            return 0;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isTextual()) {
            try {
                return Long.parseLong(value.textValue().trim());
            } catch (NumberFormatException e) {
                throw new StatesError(error, "field " + field + " must be an integer, not \"" + value.textValue()
                        + "\"");
            }
        }
        throw new StatesError(error, "field " + field + " must be an integer, not " + value);
    }
}
