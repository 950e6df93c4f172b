package statewise.engine.run.items;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An ItemBatcher's grouping: consecutive items fill a batch {@code {"Items": [...], "BatchInput": ...}} until it
 * holds MaxItemsPerBatch items or one more would take its JSON text past MaxInputBytesPerBatch (UTF-8 bytes, the
 * BatchInput included). Each batch is one child execution's input.
 */
public final class ItemBatches {

    /** AWS's ceiling for MaxInputBytesPerBatch: 256 KiB. */
    public static final long MAX_BYTES = 256 * 1024;

    private ItemBatches() {
    }

    /**
     * Groups {@code items} in order.
     *
     * @param maxItems   at most this many items per batch; 0 for no limit of its own
     * @param maxBytes   at most this many bytes per batch; 0 for AWS's ceiling
     * @param batchInput added to every batch as {@code BatchInput}, or null
     * @throws ItemReadException when one item alone is larger than a batch may be
     */
    public static List<JsonNode> batch(List<JsonNode> items, long maxItems, long maxBytes,
            @Nullable JsonNode batchInput) throws ItemReadException {
        long bytesLimit = maxBytes <= 0 ? MAX_BYTES : Math.min(maxBytes, MAX_BYTES);
        long emptySize = size(newBatch(batchInput));
        List<JsonNode> batches = new ArrayList<>();
        ObjectNode batch = null;
        long size = 0;
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            long itemSize = size(item);
            if (emptySize + itemSize > bytesLimit) {
                throw new ItemReadException("Item " + i + " takes " + (emptySize + itemSize) + " bytes in a batch,"
                        + " more than MaxInputBytesPerBatch (" + bytesLimit + ").");
            }
            boolean full = batch != null && (maxItems > 0 && batch.get("Items").size() >= maxItems
                    || size + 1 + itemSize > bytesLimit);
            if (batch == null || full) {
                batch = newBatch(batchInput);
                batches.add(batch);
                size = emptySize - 1;
            }
            ((ArrayNode) batch.get("Items")).add(item);
            size += 1 + itemSize;
        }
        return batches;
    }

    private static ObjectNode newBatch(@Nullable JsonNode batchInput) {
        ObjectNode batch = JsonNodeFactory.instance.objectNode();
        batch.putArray("Items");
        if (batchInput != null) {
            batch.set("BatchInput", batchInput);
        }
        return batch;
    }

    private static long size(JsonNode value) {
        return value.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
