package statewise.engine.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The state machine a tested state runs in: the state as the start state, its Retry left out (TestState decides
 * retries itself, without waiting), and a Succeed state for each state it may hand over to, so that the run stops
 * there. A mocked Map or Parallel state runs as a Task whose result is the mock: its data flow around the result
 * (InputPath, ResultSelector, ResultPath, OutputPath, Output, Assign, Catch) stays as written.
 */
final class SyntheticMachine {

    /** The resource of a mocked Map or Parallel state: nothing is called, the mock answers. */
    static final String MOCKED_RESOURCE = "arn:aws:states:::statewise:mocked";

    private static final List<String> PROCESSING_FIELDS = List.of("Branches", "ItemProcessor", "Iterator",
            "ItemsPath", "Items", "ItemSelector", "ItemReader", "ItemBatcher", "ResultWriter", "MaxConcurrency",
            "MaxConcurrencyPath", "ToleratedFailureCount", "ToleratedFailureCountPath", "ToleratedFailurePercentage",
            "ToleratedFailurePercentagePath", "Label");

    private SyntheticMachine() {
    }

    static ObjectNode of(LocatedState located) {
        ObjectNode state = located.state().deepCopy();
        state.remove("Retry");
        state.remove("Comment");
        String type = located.type();
        if (type.equals("Map") || type.equals("Parallel")) {
            state.remove(PROCESSING_FIELDS);
            if (type.equals("Map")) {
                state.remove("Parameters");
            }
            state.put("Type", "Task");
            state.put("Resource", MOCKED_RESOURCE);
        }
        ObjectNode machine = JsonNodeFactory.instance.objectNode();
        machine.put("QueryLanguage", located.queryLanguage());
        machine.put("StartAt", located.name());
        ObjectNode states = machine.putObject("States");
        states.set(located.name(), state);
        for (String target : targets(state)) {
            if (!target.equals(located.name())) {
                states.putObject(target).put("Type", "Succeed");
            }
        }
        return machine;
    }

    private static Set<String> targets(JsonNode state) {
        Set<String> targets = new LinkedHashSet<>();
        add(targets, state.get("Next"));
        add(targets, state.get("Default"));
        state.path("Choices").forEach(rule -> add(targets, rule.get("Next")));
        state.path("Catch").forEach(catcher -> add(targets, catcher.get("Next")));
        return targets;
    }

    private static void add(Set<String> targets, JsonNode name) {
        if (name != null && name.isTextual()) {
            targets.add(name.textValue());
        }
    }
}
