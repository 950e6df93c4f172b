package statewise.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code "Type": "Map"}: runs its item processor once per item, inline or as a distributed map run.
 *
 * @param itemsPath        {@code ItemsPath} (JSONPath): where the items are in the effective input
 * @param items            {@code Items} (JSONata): an array or an expression computing one
 * @param itemProcessor    {@code ItemProcessor}
 * @param iterator         {@code Iterator}, the older name of the item processor
 * @param itemReader       {@code ItemReader} (distributed): where items come from
 * @param itemSelector     {@code ItemSelector}: each item's input, built from the item and the state input
 * @param parameters       {@code Parameters}, the older name of ItemSelector
 * @param itemBatcher      {@code ItemBatcher} (distributed): groups items into batches
 * @param resultWriter     {@code ResultWriter} (distributed): where results are written
 * @param label            {@code Label} (distributed): names the map run's child executions
 */
public record MapState(
        @Nullable String comment,
        @Nullable QueryLanguage queryLanguage,
        @Nullable PathField inputPath,
        @Nullable String itemsPath,
        @Nullable JsonNode items,
        @Nullable ItemProcessor itemProcessor,
        @Nullable ItemProcessor iterator,
        @Nullable ItemReader itemReader,
        @Nullable JsonNode itemSelector,
        @Nullable JsonNode parameters,
        @Nullable ItemBatcher itemBatcher,
        @Nullable ResultWriter resultWriter,
        @Nullable Expressible<Long> maxConcurrency,
        @Nullable String maxConcurrencyPath,
        @Nullable Expressible<BigDecimal> toleratedFailurePercentage,
        @Nullable String toleratedFailurePercentagePath,
        @Nullable Expressible<Long> toleratedFailureCount,
        @Nullable String toleratedFailureCountPath,
        @Nullable String label,
        @Nullable JsonNode resultSelector,
        @Nullable PathField resultPath,
        @Nullable PathField outputPath,
        @Nullable JsonNode output,
        @Nullable JsonNode assign,
        @Nullable List<Retrier> retry,
        @Nullable List<Catcher> catchers,
        @Nullable String next,
        @Nullable Boolean end,
        Map<String, JsonNode> extras) implements State {

    public MapState {
        items = Immutables.json(items);
        itemSelector = Immutables.json(itemSelector);
        parameters = Immutables.json(parameters);
        resultSelector = Immutables.json(resultSelector);
        output = Immutables.json(output);
        assign = Immutables.json(assign);
        retry = Immutables.list(retry);
        catchers = Immutables.list(catchers);
        extras = Immutables.extras(extras);
    }

    @Override
    public StateType type() {
        return StateType.MAP;
    }

    /** The item processor, whichever name it was written under. */
    public @Nullable ItemProcessor processor() {
        return itemProcessor != null ? itemProcessor : iterator;
    }

    public boolean isDistributed() {
        ItemProcessor p = processor();
        return p != null && p.isDistributed();
    }
}
