package statewise.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code "Type": "Fail"}: ends the execution with an error.
 *
 * @param error {@code Error}, the error name (or a JSONata expression computing it)
 * @param cause {@code Cause}, a readable explanation (or a JSONata expression)
 */
public record FailState(
        @Nullable String comment,
        @Nullable QueryLanguage queryLanguage,
        @Nullable String error,
        @Nullable String errorPath,
        @Nullable String cause,
        @Nullable String causePath,
        Map<String, JsonNode> extras) implements State {

    public FailState {
        extras = Immutables.extras(extras);
    }

    @Override
    public StateType type() {
        return StateType.FAIL;
    }
}
