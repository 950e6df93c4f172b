package statewise.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** {@code "Type": "Pass"}: passes its input (or a fixed {@code Result}) to its output, optionally reshaped. */
public record PassState(
        @Nullable String comment,
        @Nullable QueryLanguage queryLanguage,
        @Nullable PathField inputPath,
        @Nullable JsonNode parameters,
        @Nullable JsonNode result,
        @Nullable PathField resultPath,
        @Nullable PathField outputPath,
        @Nullable JsonNode output,
        @Nullable JsonNode assign,
        @Nullable String next,
        @Nullable Boolean end,
        Map<String, JsonNode> extras) implements State {

    public PassState {
        parameters = Immutables.json(parameters);
        result = Immutables.json(result);
        output = Immutables.json(output);
        assign = Immutables.json(assign);
        extras = Immutables.extras(extras);
    }

    @Override
    public StateType type() {
        return StateType.PASS;
    }
}
