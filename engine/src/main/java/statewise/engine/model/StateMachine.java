package statewise.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A whole state machine definition: the top-level object of an ASL document.
 *
 * @param comment        {@code Comment}
 * @param startAt        {@code StartAt}, the name of the first state
 * @param states         {@code States}, in document order
 * @param version        {@code Version} (only "1.0" is defined)
 * @param timeoutSeconds {@code TimeoutSeconds}, the most an execution may run
 * @param queryLanguage  {@code QueryLanguage}, the default for every state (JSONPath when absent)
 * @param extras         fields kept verbatim: unknown, or of the wrong shape
 */
public record StateMachine(
        @Nullable String comment,
        @Nullable String startAt,
        Map<String, State> states,
        @Nullable String version,
        @Nullable Long timeoutSeconds,
        @Nullable QueryLanguage queryLanguage,
        Map<String, JsonNode> extras) implements StateGraph {

    public StateMachine {
        states = Immutables.orderedMap(states);
        extras = Immutables.extras(extras);
    }

    /** The query language states use when they do not name their own. */
    public QueryLanguage defaultQueryLanguage() {
        return queryLanguage == null ? QueryLanguage.JSONPATH : queryLanguage;
    }
}
