package statewise.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A Map state's {@code ItemProcessor} (or the older {@code Iterator}): the state graph run once per item.
 *
 * @param processorConfig {@code ProcessorConfig}: inline or distributed mode (absent means inline)
 */
public record ItemProcessor(
        @Nullable ProcessorConfig processorConfig,
        @Nullable String comment,
        @Nullable String startAt,
        Map<String, State> states,
        Map<String, JsonNode> extras) implements StateGraph {

    public ItemProcessor {
        states = Immutables.orderedMap(states);
        extras = Immutables.extras(extras);
    }

    public boolean isDistributed() {
        return processorConfig != null && ProcessorConfig.DISTRIBUTED.equals(processorConfig.mode());
    }
}
