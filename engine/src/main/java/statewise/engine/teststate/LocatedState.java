package statewise.engine.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The state a TestState call tests, found in its definition: a single state is named {@code StateName}, as AWS
 * names it; in a state machine the state may sit at any depth (Parallel branches, Map processors).
 *
 * @param name          the state's name
 * @param state         the state's definition
 * @param queryLanguage the query language the state inherits: its state machine's, JSONPath by default
 */
record LocatedState(String name, ObjectNode state, String queryLanguage) {

    /** The name AWS gives a single state tested on its own. */
    static final String SINGLE_STATE_NAME = "StateName";

    static LocatedState locate(JsonNode definition, @Nullable String stateName) throws TestStateException {
        if (stateName != null && stateName.isEmpty()) {
            throw new TestStateException("ParamValidationError",
                    "Parameter validation failed:\nInvalid length for parameter stateName, value: 0, valid min length: 1");
        }
        if (!definition.isObject()) {
            throw TestStateException.invalidDefinition("Invalid State Machine Definition: the definition must be a "
                    + "JSON object");
        }
        String language = definition.path("QueryLanguage").asText("JSONPath");
        if (definition.has("Type") && !definition.has("States")) {
            return new LocatedState(SINGLE_STATE_NAME, (ObjectNode) definition, language);
        }
        String name = stateName != null ? stateName : definition.path("StartAt").asText("");
        ObjectNode found = find(definition.path("States"), name);
        if (found == null) {
            throw TestStateException.validation("State not found in definition");
        }
        return new LocatedState(name, found, language);
    }

    private static @Nullable ObjectNode find(JsonNode states, String name) {
        if (!states.isObject()) {
            return null;
        }
        JsonNode direct = states.get(name);
        if (direct instanceof ObjectNode state) {
            return state;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
            JsonNode state = it.next().getValue();
            for (String field : new String[] {"ItemProcessor", "Iterator"}) {
                ObjectNode nested = find(state.path(field).path("States"), name);
                if (nested != null) {
                    return nested;
                }
            }
            for (JsonNode branch : state.path("Branches")) {
                ObjectNode nested = find(branch.path("States"), name);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    String type() {
        return state.path("Type").asText("");
    }

    /** The state's own QueryLanguage, else the inherited one. */
    String effectiveQueryLanguage() {
        return state.path("QueryLanguage").asText(queryLanguage);
    }

    boolean jsonata() {
        return effectiveQueryLanguage().equals("JSONata");
    }
}
