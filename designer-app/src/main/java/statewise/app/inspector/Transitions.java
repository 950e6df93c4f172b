package statewise.app.inspector;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;

/**
 * The changes that make a state go on to another state or end the workflow. The old field goes first: a state
 * with both Next and End is refused at once, while one with neither is only a missing transition of its own.
 */
public final class Transitions {

    private Transitions() {
    }

    /** Go to {@code target} (empty: remove Next). */
    public static List<FieldChange> next(String target) {
        if (target.isEmpty()) {
            return List.of(FieldChange.remove("/Next"));
        }
        return List.of(FieldChange.remove("/End"),
                FieldChange.set("/Next", JsonNodeFactory.instance.textNode(target)));
    }

    /** End the workflow here. */
    public static List<FieldChange> end() {
        return List.of(FieldChange.remove("/Next"),
                FieldChange.set("/End", JsonNodeFactory.instance.booleanNode(true)));
    }
}
