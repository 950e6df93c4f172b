package statewise.engine.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.function.Consumer;
import statewise.engine.document.DocumentFormat;
import statewise.engine.document.SourceMap;
import statewise.engine.model.State;
import statewise.engine.parse.ModelBinder;
import statewise.engine.parse.TreeReader;
import statewise.engine.serialize.AslSerializer;

/**
 * Changes states through their JSON form. Every state type is its own record with up to thirty fields; writing a
 * state as the serializer would, changing the tree and binding it again as the parser would gives one way to change
 * any field of any state, and the result is exactly what reading the changed text gives.
 */
final class StateTrees {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StateTrees() {
    }

    /** A mutable copy of the state's JSON object; throws for an invalid state that is not an object at all. */
    static ObjectNode tree(State state) {
        JsonNode tree = AslSerializer.tree(state);
        if (!(tree instanceof ObjectNode object)) {
            throw new IllegalArgumentException("The state is not a JSON object.");
        }
        return object.deepCopy();
    }

    static boolean isObject(State state) {
        return AslSerializer.tree(state).isObject();
    }

    /** The state that reading {@code tree} gives. */
    static State bind(JsonNode tree) {
        return Objects.requireNonNull(ModelBinder.bindState(tree, SourceMap.empty()).value());
    }

    /** {@code state} with its JSON object changed by {@code change}. */
    static State edit(State state, Consumer<ObjectNode> change) {
        ObjectNode tree = tree(state);
        change.accept(tree);
        return bind(tree);
    }

    /**
     * The value as reading it from text gives it: small integers as {@code int} nodes, decimals as doubles. The
     * model keeps embedded JSON as read, so a value given by code must look the same for models to compare equal.
     */
    static JsonNode normalize(JsonNode value) {
        try {
            JsonNode read = TreeReader.read(JSON.writeValueAsString(value), DocumentFormat.JSON).root();
            return Objects.requireNonNull(read);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The value cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
