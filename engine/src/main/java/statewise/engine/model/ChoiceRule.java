package statewise.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One rule object of a Choice state: an element of {@code Choices} (which has a {@code Next}) or a rule nested
 * inside {@code And}, {@code Or} or {@code Not} (which does not).
 *
 * @param next   {@code Next}, the state to go to when a top-level rule matches
 * @param assign {@code Assign}, variables set when this rule is taken
 * @param output {@code Output} (JSONata), the state output when this rule is taken
 */
public record ChoiceRule(
        Condition condition,
        @Nullable String next,
        @Nullable String comment,
        @Nullable JsonNode assign,
        @Nullable JsonNode output,
        Map<String, JsonNode> extras) {

    public ChoiceRule {
        assign = Immutables.json(assign);
        output = Immutables.json(output);
        extras = Immutables.extras(extras);
    }
}
