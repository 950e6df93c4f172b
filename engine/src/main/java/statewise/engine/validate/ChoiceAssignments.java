package statewise.engine.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.BiConsumer;
import statewise.engine.model.ChoiceRule;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.State;

/** The {@code Assign} objects of a Choice state's top-level rules, with their pointers. */
final class ChoiceAssignments {

    private ChoiceAssignments() {
    }

    static void forEach(State state, String statePointer, BiConsumer<JsonNode, String> action) {
        if (!(state instanceof ChoiceState choice) || choice.choices() == null) {
            return;
        }
        List<ChoiceRule> rules = choice.choices();
        for (int i = 0; i < rules.size(); i++) {
            JsonNode assign = rules.get(i).assign();
            if (assign != null) {
                action.accept(assign, statePointer + "/Choices/" + i + "/Assign");
            }
        }
    }
}
