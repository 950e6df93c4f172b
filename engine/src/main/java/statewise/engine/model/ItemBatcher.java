package statewise.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A distributed Map's {@code ItemBatcher}: each child execution gets a batch of items instead of one.
 *
 * @param batchInput {@code BatchInput}, a fixed JSON object added to every batch
 */
public record ItemBatcher(
        @Nullable Expressible<Long> maxItemsPerBatch,
        @Nullable String maxItemsPerBatchPath,
        @Nullable Expressible<Long> maxInputBytesPerBatch,
        @Nullable String maxInputBytesPerBatchPath,
        @Nullable JsonNode batchInput,
        Map<String, JsonNode> extras) {

    public ItemBatcher {
        batchInput = Immutables.json(batchInput);
        extras = Immutables.extras(extras);
    }
}
