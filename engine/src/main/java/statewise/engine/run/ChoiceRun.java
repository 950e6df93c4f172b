package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.ChoiceRule;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.State;
import statewise.engine.run.history.EventType;

/**
 * A Choice state: the first rule that matches decides the next state (and its Assign), else Default (with the
 * state's own Assign), else the execution fails with States.NoChoiceMatched.
 */
final class ChoiceRun extends StateRun {

    private final ChoiceState choice;

    ChoiceRun(ExecutionRun exec, Strand strand, String name, ChoiceState choice, JsonNode input) {
        super(exec, strand, name, input);
        this.choice = choice;
    }

    @Override
    State state() {
        return choice;
    }

    @Override
    EventType enteredType() {
        return EventType.CHOICE_STATE_ENTERED;
    }

    @Override
    EventType exitedType() {
        return EventType.CHOICE_STATE_EXITED;
    }

    @Override
    void evaluate() {
        DataFlow flow = flow();
        JsonNode effective = flow.effectiveInput(this);
        List<ChoiceRule> rules = choice.choices() == null ? List.of() : choice.choices();
        for (ChoiceRule rule : rules) {
            if (flow.matches(this, rule, effective)) {
                leave(flow, rule, effective, rule.next());
                return;
            }
        }
        if (choice.defaultState() == null) {
            throw new StatesError(ErrorNames.NO_CHOICE_MATCHED, "No Matches!");
        }
        leave(flow, null, effective, choice.defaultState());
    }

    /** Leaves by {@code rule}, or by Default when it is null. */
    private void leave(DataFlow flow, @Nullable ChoiceRule rule, JsonNode effective, @Nullable String next) {
        DataFlow.Leaving leaving = flow.choose(this, rule, effective);
        exit(leaving.output(), leaving.assigned(), next);
    }
}
