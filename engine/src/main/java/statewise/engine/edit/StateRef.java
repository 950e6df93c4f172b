package statewise.engine.edit;

import java.util.Objects;
import statewise.engine.document.JsonPointer;

/**
 * A state as the designer addresses it: the graph it belongs to and its name. Names are unique across a whole
 * state machine, but transitions never leave their graph, so every edit says which graph it works in.
 *
 * @param graph the JSON Pointer of the object holding {@code StartAt} and {@code States}: {@code ""} for the state
 *              machine, e.g. {@code /States/Fan out/Branches/0} or {@code /States/Each/ItemProcessor}
 * @param name  the state's name in that graph's {@code States}
 */
public record StateRef(String graph, String name) {

    public StateRef {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(name, "name");
    }

    /** A state of the state machine's own graph. */
    public static StateRef top(String name) {
        return new StateRef(JsonPointer.ROOT, name);
    }

    /** The JSON Pointer of the state in the document, e.g. {@code /States/Check}. */
    public String pointer() {
        return JsonPointer.child(JsonPointer.child(graph, "States"), name);
    }

    /** Another state of the same graph. */
    public StateRef sibling(String otherName) {
        return new StateRef(graph, otherName);
    }
}
