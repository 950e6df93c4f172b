package statewise.engine.run.items;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.engine.parse.UserFile;

/**
 * Turns the text of an object an ItemReader names into the Map's items, as AWS reads each {@code InputType}: a
 * JSON array (each element an item), JSON Lines (each non-blank line an item), or CSV (each row an object keyed
 * by the headers, every value a string; a line of blanks is a row, an empty line is none). Errors name the object,
 * the line and the column as every user file's problems do ({@code s3://bucket/key:LINE:COL: …}).
 */
public final class ItemFiles {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .build();

    private ItemFiles() {
    }

    /** The elements of the JSON array {@code text}; {@code source} names the object in errors. */
    public static List<JsonNode> jsonArray(String text, String source) throws ItemReadException {
        JsonNode value;
        try {
            value = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ItemReadException(at(source, e.getLocation()) + ": not JSON (" + e.getOriginalMessage() + ").");
        }
        if (value == null || value.isMissingNode()) {
            throw new ItemReadException(source + ": the object is empty; InputType JSON needs a JSON array.");
        }
        if (!value.isArray()) {
            throw new ItemReadException(source + ": InputType JSON needs a JSON array of items, but the object holds"
                    + " " + kind(value) + ".");
        }
        List<JsonNode> items = new ArrayList<>(value.size());
        value.forEach(items::add);
        return items;
    }

    /** One item per non-blank line of {@code text}, each line one JSON value. */
    public static List<JsonNode> jsonLines(String text, String source) throws ItemReadException {
        List<JsonNode> items = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                items.add(JSON.readTree(lines[i]));
            } catch (JsonProcessingException e) {
                JsonLocation where = e.getLocation();
                int column = where == null ? 0 : where.getColumnNr();
                throw new ItemReadException(UserFile.at(source, i + 1, column) + ": not a JSON value ("
                        + e.getOriginalMessage() + "); InputType JSONL needs one JSON value per line.");
            }
        }
        return items;
    }

    /**
     * One object per data row of the CSV {@code text}, keyed by the headers: a row with fewer fields than headers
     * gets empty strings for the missing ones, fields beyond the last header are dropped, empty lines are skipped.
     */
    public static List<JsonNode> csv(String text, String source, CsvOptions options) throws ItemReadException {
        ObjectReader reader = CSV.readerForListOf(String.class)
                .with(CsvSchema.emptySchema().withColumnSeparator(options.delimiter()));
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = reader.readValues(text)) {
            while (it.hasNextValue()) {
                List<String> row = it.nextValue();
                if (row.size() != 1 || !row.get(0).isEmpty()) {
                    rows.add(row);
                }
            }
        } catch (JsonProcessingException e) {
            throw new ItemReadException(at(source, e.getLocation()) + ": not valid CSV (" + e.getOriginalMessage()
                    + ").");
        } catch (IOException e) {
            throw new ItemReadException(source + ": cannot be read (" + e.getMessage() + ").");
        }
        List<String> headers = options.headersInFirstRow()
                ? rows.isEmpty() ? List.of() : rows.remove(0) : options.headers();
        checkHeaders(headers, options.headersInFirstRow() ? UserFile.at(source, 1, 0) : null);
        List<JsonNode> items = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            ObjectNode item = JsonNodeFactory.instance.objectNode();
            for (int i = 0; i < headers.size(); i++) {
                item.put(headers.get(i), i < row.size() ? row.get(i) : "");
            }
            items.add(item);
        }
        return items;
    }

    /** AWS refuses repeated headers ({@code where}: the file's header row, or null for CSVHeaders). */
    private static void checkHeaders(List<String> headers, @Nullable String where) throws ItemReadException {
        Set<String> seen = new HashSet<>();
        for (String header : headers) {
            if (!seen.add(header)) {
                throw new ItemReadException(where == null ? "CSV headers cannot contain duplicates."
                        : where + ": CSV headers cannot contain duplicates ('" + header + "' repeats).");
            }
        }
    }

    private static String at(String source, @Nullable JsonLocation where) {
        if (where == null || where.getLineNr() < 1) {
            return source;
        }
        return UserFile.at(source, where.getLineNr(), where.getColumnNr());
    }

    private static String kind(JsonNode value) {
        return switch (value.getNodeType()) {
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> "null";
        };
    }
}
