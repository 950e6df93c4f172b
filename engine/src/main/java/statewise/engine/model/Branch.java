package statewise.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One element of a Parallel state's {@code Branches}: a state graph run on the Parallel state's input. */
public record Branch(
        @Nullable String comment,
        @Nullable String startAt,
        Map<String, State> states,
        Map<String, JsonNode> extras) implements StateGraph {

    public Branch {
        states = Immutables.orderedMap(states);
        extras = Immutables.extras(extras);
    }
}
