package statewise.engine.run.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemBatchesTest {

    private static List<JsonNode> items(String array) {
        List<JsonNode> items = new ArrayList<>();
        ItemFilesTestSupport.json(array).forEach(items::add);
        return items;
    }

    private static String text(List<JsonNode> batches) {
        return String.join(",", batches.stream().map(JsonNode::toString).toList());
    }

    @Test
    void maxItemsPerBatchSplitsInOrderWithBatchInputInEach() throws ItemReadException {
        List<JsonNode> batches = ItemBatches.batch(items("[1,2,3]"), 2, 0, ItemFilesTestSupport.json("{\"k\":1}"));
        assertThat(text(batches)).isEqualTo(
                "{\"Items\":[1,2],\"BatchInput\":{\"k\":1}},"
                + "{\"Items\":[3],\"BatchInput\":{\"k\":1}}");
    }

    @Test
    void maxInputBytesPerBatchCountsTheBatchText() throws ItemReadException {
        // {"Items":["aa","bb"]} is 21 bytes: a third item would need 26.
        List<JsonNode> batches = ItemBatches.batch(items("[\"aa\",\"bb\",\"cc\"]"), 0, 21, null);
        assertThat(text(batches)).isEqualTo(
                "{\"Items\":[\"aa\",\"bb\"]},{\"Items\":[\"cc\"]}");
    }

    @Test
    void itemLargerThanABatchIsRefused() {
        assertThatThrownBy(() -> ItemBatches.batch(items("[\"far too long\"]"), 0, 12, null))
                .hasMessage("Item 0 takes 26 bytes in a batch, more than MaxInputBytesPerBatch (12).");
    }
}
