package statewise.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code "Type": "Choice"}: goes to the {@code Next} of the first rule that matches, else to {@code Default}.
 *
 * @param choices      {@code Choices}, in order
 * @param defaultState {@code Default} ({@code default} is a Java keyword)
 */
public record ChoiceState(
        @Nullable String comment,
        @Nullable QueryLanguage queryLanguage,
        @Nullable PathField inputPath,
        @Nullable PathField outputPath,
        @Nullable List<ChoiceRule> choices,
        @Nullable String defaultState,
        @Nullable JsonNode output,
        @Nullable JsonNode assign,
        Map<String, JsonNode> extras) implements State {

    public ChoiceState {
        choices = Immutables.list(choices);
        output = Immutables.json(output);
        assign = Immutables.json(assign);
        extras = Immutables.extras(extras);
    }

    @Override
    public StateType type() {
        return StateType.CHOICE;
    }
}
