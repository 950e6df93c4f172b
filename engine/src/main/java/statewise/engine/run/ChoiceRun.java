package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import statewise.engine.model.ChoiceRule;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.State;
import statewise.engine.query.ChoiceEvaluator;
import statewise.engine.query.PathScope;
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
        JsonNode effective = JsonPathFlow.inputPath(choice.inputPath(), scope(input));
        PathScope scope = scope(effective);
        List<ChoiceRule> rules = choice.choices() == null ? List.of() : choice.choices();
        for (ChoiceRule rule : rules) {
            if (ChoiceEvaluator.matches(rule.condition(), scope)) {
                leave(effective, JsonPathFlow.assign(rule.assign(), scope), rule.next());
                return;
            }
        }
        if (choice.defaultState() == null) {
            throw new StatesError(ErrorNames.NO_CHOICE_MATCHED, "No Matches!");
        }
        leave(effective, JsonPathFlow.assign(choice.assign(), scope), choice.defaultState());
    }

    private void leave(JsonNode effective, Map<String, JsonNode> assigned, String next) {
        exit(JsonPathFlow.outputPath(choice.outputPath(), scope(effective)), assigned, next);
    }
}
