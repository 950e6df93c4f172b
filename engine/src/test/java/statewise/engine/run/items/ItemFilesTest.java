package statewise.engine.run.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ItemFilesTest {

    private static final String SOURCE = "s3://bucket/file";

    private static String json(List<JsonNode> items) {
        return items.stream().map(JsonNode::toString).collect(Collectors.joining(",", "[", "]"));
    }

    @Test
    void csvFirstRowHeadersFillMissingFieldsAndDropExtraOnes() throws ItemReadException {
        List<JsonNode> items = ItemFiles.csv("A,B\n1\n2,3,4\n   \n", SOURCE, CsvOptions.of("FIRST_ROW", null, null));
        assertThat(json(items)).isEqualTo("[{\"A\":\"1\",\"B\":\"\"},{\"A\":\"2\",\"B\":\"3\"},"
                + "{\"A\":\"   \",\"B\":\"\"}]");
    }

    @Test
    void csvGivenHeadersReadEveryRowWithTheChosenDelimiter() throws ItemReadException {
        List<JsonNode> items = ItemFiles.csv("x|\"y|z\"\n\nw|v\n", SOURCE,
                CsvOptions.of("GIVEN", List.of("H1", "H2"), "PIPE"));
        assertThat(json(items)).isEqualTo("[{\"H1\":\"x\",\"H2\":\"y|z\"},{\"H1\":\"w\",\"H2\":\"v\"}]");
    }

    @Test
    void csvDuplicateHeaderInTheFileNamesTheFileAndLine() {
        assertThatThrownBy(() -> ItemFiles.csv("A,A\n1,2\n", SOURCE, CsvOptions.of(null, null, null)))
                .isInstanceOf(ItemReadException.class)
                .hasMessage("s3://bucket/file:1: CSV headers cannot contain duplicates ('A' repeats).");
    }

    @Test
    void csvDuplicateGivenHeadersFailAsAwsWordsIt() {
        assertThatThrownBy(() -> ItemFiles.csv("1,2\n", SOURCE, CsvOptions.of("GIVEN", List.of("H", "H"), null)))
                .hasMessage("CSV headers cannot contain duplicates.");
    }

    @Test
    void csvUnclosedQuoteNamesWhereTheParserStopped() {
        assertThatThrownBy(() -> ItemFiles.csv("A\n1\n\"open\n", SOURCE, CsvOptions.of(null, null, null)))
                .isInstanceOf(ItemReadException.class)
                .hasMessage("s3://bucket/file:4:1: not valid CSV (Missing closing quote for value).");
    }

    @Test
    void unknownDelimiterIsRefusedByName() {
        assertThatThrownBy(() -> CsvOptions.of(null, null, "COLON"))
                .hasMessage("CSVDelimiter must be COMMA, PIPE, SEMICOLON, SPACE or TAB, not 'COLON'.");
    }

    @Test
    void jsonArrayGivesItsElements() throws ItemReadException {
        assertThat(json(ItemFiles.jsonArray("[1, {\"a\": 2}]", SOURCE))).isEqualTo("[1,{\"a\":2}]");
    }

    @Test
    void jsonObjectInsteadOfArraySaysWhatTheFileHolds() {
        assertThatThrownBy(() -> ItemFiles.jsonArray("{\"Hello\": \"world\"}", SOURCE))
                .hasMessage("s3://bucket/file: InputType JSON needs a JSON array of items, but the object holds an"
                        + " object.");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> ItemFiles.jsonArray("[1,\n  2,,\n]", SOURCE))
                .hasMessageStartingWith("s3://bucket/file:2:");
    }

    @Test
    void jsonLinesSkipBlankLinesAndNameTheBadLine() throws ItemReadException {
        assertThat(json(ItemFiles.jsonLines("{\"a\":1}\r\n\n[2]\n", SOURCE))).isEqualTo("[{\"a\":1},[2]]");
        assertThatThrownBy(() -> ItemFiles.jsonLines("{\"a\":1}\n{\"a\":}\n", SOURCE))
                .hasMessageStartingWith("s3://bucket/file:2:6: not a JSON value");
    }

    @Test
    void listingItemsCarryAwsFieldNamesAndEpochSeconds() throws ItemReadException {
        JsonNode listing = ItemFilesTestSupport.json("{\"Contents\": [{\"ETag\": \"\\\"e\\\"\", \"Key\": \"a.txt\","
                + " \"LastModified\": \"2024-01-02T03:04:05Z\", \"Size\": 3, \"StorageClass\": \"STANDARD\"}]}");
        assertThat(json(ObjectListing.items(listing, SOURCE))).isEqualTo("[{\"Etag\":\"\\\"e\\\"\",\"Key\":\"a.txt\","
                + "\"LastModified\":1704164645,\"Size\":3,\"StorageClass\":\"STANDARD\"}]");
    }
}
