package statewise.engine.run.items;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.document.JsonPointer;
import statewise.engine.parse.UserFile;

/**
 * An S3 Inventory report's {@code manifest.json}, which an ItemReader with {@code ReaderConfig.InputType} MANIFEST
 * (ManifestType S3_INVENTORY) names: the report's CSV data files (in the destination bucket) and their columns
 * ({@code fileSchema}). Each data row is one item, an object keyed by the columns with every value a string, as
 * AWS passes inventory rows to child executions. AWS reads CSV inventories only.
 *
 * @param dataBucket the bucket that holds the data files (the manifest's {@code destinationBucket})
 * @param dataKeys   the data files' keys, in the manifest's order
 * @param columns    the data files' columns, from {@code fileSchema}
 */
public record InventoryManifest(String dataBucket, List<String> dataKeys, List<String> columns) {

    private static final String BUCKET_ARN = "arn:aws:s3:::";

    public InventoryManifest {
        dataKeys = List.copyOf(dataKeys);
        columns = List.copyOf(columns);
    }

    /** Reads one data file of the report. */
    @FunctionalInterface
    public interface DataFiles {
        /** The text of {@code s3://bucket/key} (decompressed when the object is gzip). */
        String read(String bucket, String key) throws ItemReadException;
    }

    /**
     * The manifest in {@code text}; {@code source} names it in errors.
     *
     * @throws ItemReadException when the text is not an S3 Inventory manifest of CSV files, naming the line, column
     *                           and field at fault
     */
    public static InventoryManifest parse(String text, String source) throws ItemReadException {
        UserFile file = UserFile.read(text, source);
        JsonNode manifest = file.root();
        if (manifest == null || !file.object(manifest, JsonPointer.ROOT, "An S3 Inventory manifest (with fileFormat,"
                + " fileSchema, destinationBucket and files)")) {
            throw failure(file);
        }
        String format = manifest.path("fileFormat").asText("");
        if (!format.equals("CSV")) {
            file.error(DiagnosticCode.INVALID_VALUE, "fileFormat " + (format.isEmpty() ? "is missing" : format)
                    + "; an ItemReader reads S3 Inventory reports in CSV format only.",
                    manifest.has("fileFormat") ? "/fileFormat" : JsonPointer.ROOT);
        }
        String schema = required(manifest, "fileSchema", file);
        String destination = required(manifest, "destinationBucket", file);
        List<String> keys = new ArrayList<>();
        JsonNode files = manifest.path("files");
        for (int i = 0; i < files.size(); i++) {
            JsonNode key = files.get(i).path("key");
            if (key.isTextual()) {
                keys.add(key.textValue());
            } else {
                file.error(DiagnosticCode.MISSING_FIELD, "Every entry of files needs a key.", "/files/" + i);
            }
        }
        if (file.hasErrors()) {
            throw failure(file);
        }
        List<String> columns = Arrays.stream(schema.split(",")).map(String::strip).toList();
        return new InventoryManifest(destination.startsWith(BUCKET_ARN)
                ? destination.substring(BUCKET_ARN.length()) : destination, keys, columns);
    }

    /** Every row of every data file, in the manifest's order, read through {@code files}. */
    public List<JsonNode> items(DataFiles files) throws ItemReadException {
        CsvOptions options = new CsvOptions(false, columns, ',');
        List<JsonNode> items = new ArrayList<>();
        for (String key : dataKeys) {
            items.addAll(ItemFiles.csv(files.read(dataBucket, key), "s3://" + dataBucket + "/" + key, options));
        }
        return items;
    }

    private static String required(JsonNode manifest, String field, UserFile file) {
        JsonNode value = manifest.path(field);
        if (!value.isTextual() || value.textValue().isBlank()) {
            file.error(DiagnosticCode.MISSING_FIELD, "The S3 Inventory manifest has no " + field + ".",
                    manifest.has(field) ? "/" + field : JsonPointer.ROOT);
            return "";
        }
        return value.textValue();
    }

    private static ItemReadException failure(UserFile file) {
        return new ItemReadException(String.join("\n", file.errorLines()));
    }
}
