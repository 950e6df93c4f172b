package statewise.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** {@code "Type": "Succeed"}: ends the execution (or branch, or iteration) successfully. */
public record SucceedState(
        @Nullable String comment,
        @Nullable QueryLanguage queryLanguage,
        @Nullable PathField inputPath,
        @Nullable PathField outputPath,
        @Nullable JsonNode output,
        Map<String, JsonNode> extras) implements State {

    public SucceedState {
        output = Immutables.json(output);
        extras = Immutables.extras(extras);
    }

    @Override
    public StateType type() {
        return StateType.SUCCEED;
    }
}
