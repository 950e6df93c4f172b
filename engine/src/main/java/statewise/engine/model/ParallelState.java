package statewise.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** {@code "Type": "Parallel"}: runs every branch on the same input; the result is their outputs, in order. */
public record ParallelState(
        @Nullable String comment,
        @Nullable QueryLanguage queryLanguage,
        @Nullable List<Branch> branches,
        @Nullable PathField inputPath,
        @Nullable JsonNode parameters,
        @Nullable JsonNode arguments,
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

    public ParallelState {
        branches = Immutables.list(branches);
        parameters = Immutables.json(parameters);
        arguments = Immutables.json(arguments);
        resultSelector = Immutables.json(resultSelector);
        output = Immutables.json(output);
        assign = Immutables.json(assign);
        retry = Immutables.list(retry);
        catchers = Immutables.list(catchers);
        extras = Immutables.extras(extras);
    }

    @Override
    public StateType type() {
        return StateType.PARALLEL;
    }
}
