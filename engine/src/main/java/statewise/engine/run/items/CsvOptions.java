package statewise.engine.run.items;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a CSV object is read, from an ItemReader's ReaderConfig.
 *
 * @param headersInFirstRow {@code CSVHeaderLocation} FIRST_ROW (the default) rather than GIVEN
 * @param headers           {@code CSVHeaders}, used when the location is GIVEN
 * @param delimiter         the field separator {@code CSVDelimiter} names
 */
public record CsvOptions(boolean headersInFirstRow, List<String> headers, char delimiter) {

    public CsvOptions {
        headers = List.copyOf(headers);
    }

    /**
     * The options a ReaderConfig writes: {@code location} FIRST_ROW or GIVEN (null: FIRST_ROW), {@code delimiter}
     * COMMA, PIPE, SEMICOLON, SPACE or TAB (null: COMMA).
     *
     * @throws ItemReadException for a location or delimiter AWS does not have, or GIVEN without headers
     */
    public static CsvOptions of(@Nullable String location, @Nullable List<String> headers, @Nullable String delimiter)
            throws ItemReadException {
        boolean firstRow = location == null || location.equals("FIRST_ROW");
        if (!firstRow && !location.equals("GIVEN")) {
            throw new ItemReadException("CSVHeaderLocation must be FIRST_ROW or GIVEN, not '" + location + "'.");
        }
        List<String> given = headers == null ? List.of() : headers;
        if (!firstRow && given.isEmpty()) {
            throw new ItemReadException("CSVHeaderLocation GIVEN needs the CSVHeaders field.");
        }
        return new CsvOptions(firstRow, given, separator(delimiter));
    }

    private static char separator(@Nullable String name) throws ItemReadException {
        if (name == null) {
            return ',';
        }
        return switch (name) {
            case "COMMA" -> ',';
            case "PIPE" -> '|';
            case "SEMICOLON" -> ';';
            case "SPACE" -> ' ';
            case "TAB" -> '\t';
            default -> throw new ItemReadException("CSVDelimiter must be COMMA, PIPE, SEMICOLON, SPACE or TAB, not '"
                    + name + "'.");
        };
    }
}
