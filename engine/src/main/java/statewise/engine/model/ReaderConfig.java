package statewise.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code ReaderConfig} of an item reader.
 *
 * @param inputType         {@code InputType}: CSV, JSON, JSONL, MANIFEST or PARQUET
 * @param csvHeaderLocation {@code CSVHeaderLocation}: FIRST_ROW or GIVEN
 * @param csvHeaders        {@code CSVHeaders}, when the location is GIVEN
 * @param csvDelimiter      {@code CSVDelimiter}: COMMA, PIPE, SEMICOLON, SPACE or TAB
 * @param manifestType      {@code ManifestType}: ATHENA_DATA or S3_INVENTORY
 * @param maxItems          {@code MaxItems}: read at most this many items
 */
public record ReaderConfig(
        @Nullable String inputType,
        @Nullable String csvHeaderLocation,
        @Nullable List<String> csvHeaders,
        @Nullable String csvDelimiter,
        @Nullable String manifestType,
        @Nullable Expressible<Long> maxItems,
        @Nullable String maxItemsPath,
        Map<String, JsonNode> extras) {

    public ReaderConfig {
        csvHeaders = Immutables.list(csvHeaders);
        extras = Immutables.extras(extras);
    }
}
