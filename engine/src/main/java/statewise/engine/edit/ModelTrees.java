package statewise.engine.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.AslDocument;
import statewise.engine.document.JsonPointer;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;
import statewise.engine.serialize.AslSerializer;
import statewise.engine.serialize.KeyOrder;

/**
 * The JSON trees of a document's model before and after an edit, as {@link TreeDiff} compares them, written only
 * where the two models differ: a top-level state that is equal in both stands in both trees as one shared stub
 * node, so an edit of a few states of a 1,000-state definition costs the size of those states, not of the document.
 * The rare code that needs a stub's content (YAML finding where a state's text ends, a fallback that rewrites the
 * whole {@code States} object) asks for {@link #whole}, which writes both models whole once.
 */
final class ModelTrees {

    private static final String STATES = "/States";

    private final AslDocument document;
    private final StateMachine oldModel;
    private final StateMachine newModel;
    private final ObjectNode before;
    private final ObjectNode after;
    /** The stubs and the containers that hold them (the roots and their {@code States}), by identity. */
    private final Set<JsonNode> sparse;
    private @Nullable ObjectNode wholeBefore;
    private @Nullable ObjectNode wholeAfter;

    /**
     * @param stubs   the stand-in node of each top-level state equal in both models, by name
     * @param written the pointers of the top-level states that differ (or are only in one model)
     */
    private ModelTrees(AslDocument document, StateMachine oldModel, StateMachine newModel,
            Map<String, JsonNode> stubs, Set<String> written) {
        this.document = document;
        this.oldModel = oldModel;
        this.newModel = newModel;
        KeyOrder order = KeyOrder.of(document, 1, written);
        this.before = AslSerializer.tree(oldModel, order, (name, state) -> stubs.get(name));
        this.after = AslSerializer.tree(newModel, order, (name, state) -> stubs.get(name));
        Set<JsonNode> holders = Collections.newSetFromMap(new IdentityHashMap<>(stubs.size() + 4));
        holders.addAll(stubs.values());
        for (ObjectNode root : new ObjectNode[] {before, after}) {
            holders.add(root);
            JsonNode states = root.get("States");
            if (states != null) {
                holders.add(states);
            }
        }
        this.sparse = holders;
    }

    /** The trees of {@code oldModel} (the model of {@code document}) and {@code newModel}, in the text's key order. */
    static ModelTrees of(AslDocument document, StateMachine oldModel, StateMachine newModel) {
        Map<String, JsonNode> stubs = new HashMap<>(newModel.states().size() * 2);
        Set<String> written = new HashSet<>();
        newModel.states().forEach((name, state) -> {
            State was = oldModel.states().get(name);
            if (was == state || state.equals(was)) {
                stubs.put(name, JsonNodeFactory.instance.pojoNode(name));
            } else {
                written.add(JsonPointer.child(STATES, name));
            }
        });
        oldModel.states().keySet().stream().filter(name -> !newModel.states().containsKey(name))
                .forEach(name -> written.add(JsonPointer.child(STATES, name)));
        return new ModelTrees(document, oldModel, newModel, stubs, written);
    }

    ObjectNode before() {
        return before;
    }

    ObjectNode after() {
        return after;
    }

    /**
     * {@code node}, the value at {@code pointer} in the old tree ({@code old}) or the new one, with its content:
     * itself unless it is a stub or holds stubs, else the value written whole.
     */
    JsonNode whole(JsonNode node, String pointer, boolean old) {
        if (!sparse.contains(node)) {
            return node;
        }
        if (wholeBefore == null || wholeAfter == null) {
            KeyOrder order = KeyOrder.of(document);
            wholeBefore = AslSerializer.tree(oldModel, order);
            wholeAfter = AslSerializer.tree(newModel, order);
        }
        JsonNode found = (old ? wholeBefore : wholeAfter).at(pointer);
        if (found.isMissingNode()) {
            throw new IllegalStateException("no value at " + pointer);
        }
        return found;
    }
}
