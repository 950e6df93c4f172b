package statewise.engine.serialize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.JsonPointer;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.FailState;
import statewise.engine.model.InvalidState;
import statewise.engine.model.MapState;
import statewise.engine.model.ParallelState;
import statewise.engine.model.PassState;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;
import statewise.engine.model.SucceedState;
import statewise.engine.model.TaskState;
import statewise.engine.model.WaitState;

/**
 * Turns the model into a JSON tree, the inverse of the binder. The order of the calls on {@link Members} is the
 * conventional order: {@code Type}, {@code Comment}, {@code QueryLanguage}, the state type's own fields as the AWS
 * documentation lists them (JSONPath fields in data-flow order: InputPath, Parameters, ResultSelector, ResultPath,
 * OutputPath; then Output and Assign), then {@code Retry}, {@code Catch}, and the transition last. Embedded JSON
 * ({@code Parameters}, {@code Result}, ...) is shared, not copied: the tree is only written, never changed.
 */
final class ModelTree {

    private final KeyOrder order;
    private final PartsTree parts;

    ModelTree(KeyOrder order) {
        this.order = order;
        this.parts = new PartsTree(order, this);
    }

    ObjectNode machine(StateMachine machine) {
        return machine(machine, (name, state) -> null);
    }

    /**
     * The machine's tree, with each top-level state that {@code standIns} (given the state's name and the state)
     * gives a node for standing as that node.
     */
    ObjectNode machine(StateMachine machine, BiFunction<String, State, @Nullable JsonNode> standIns) {
        String pointer = JsonPointer.ROOT;
        Members m = new Members(machine.extras())
                .text("Comment", machine.comment())
                .queryLanguage(machine.queryLanguage())
                .text("StartAt", machine.startAt());
        states(m, machine.states(), pointer, standIns);
        return m.integer("TimeoutSeconds", machine.timeoutSeconds())
                .text("Version", machine.version())
                .build(order, pointer);
    }

    /**
     * Adds {@code States}. The model cannot tell a missing {@code States} from an empty one, so an empty graph
     * whose previous revision had no {@code States} stays without.
     */
    void states(Members m, Map<String, State> states, String owner) {
        states(m, states, owner, (name, state) -> null);
    }

    private void states(Members m, Map<String, State> states, String owner,
            BiFunction<String, State, @Nullable JsonNode> standIns) {
        if (states.isEmpty() && order.knownWithout(owner, "States")) {
            m.put("States", null);
            return;
        }
        String pointer = JsonPointer.child(owner, "States");
        ObjectNode object = Members.NODES.objectNode();
        states.forEach((name, state) -> {
            JsonNode standIn = standIns.apply(name, state);
            object.set(name, standIn != null ? standIn : state(state, JsonPointer.child(pointer, name)));
        });
        m.put("States", object);
    }

    JsonNode state(State state, String pointer) {
        return switch (state.type()) {
            case PASS -> pass((PassState) state, pointer);
            case TASK -> task((TaskState) state, pointer);
            case CHOICE -> choice((ChoiceState) state, pointer);
            case WAIT -> waitState((WaitState) state, pointer);
            case SUCCEED -> succeed((SucceedState) state, pointer);
            case FAIL -> fail((FailState) state, pointer);
            case PARALLEL -> parallel((ParallelState) state, pointer);
            case MAP -> map((MapState) state, pointer);
            case UNKNOWN -> ((InvalidState) state).raw();
        };
    }

    private static Members head(State state) {
        return new Members(state.extras())
                .text("Type", state.type().aslName())
                .text("Comment", state.comment())
                .queryLanguage(state.queryLanguage());
    }

    private JsonNode pass(PassState s, String pointer) {
        return head(s).path("InputPath", s.inputPath())
                .put("Parameters", s.parameters())
                .put("Result", s.result())
                .path("ResultPath", s.resultPath())
                .path("OutputPath", s.outputPath())
                .put("Output", s.output())
                .put("Assign", s.assign())
                .text("Next", s.next())
                .bool("End", s.end())
                .build(order, pointer);
    }

    private JsonNode task(TaskState s, String pointer) {
        Members m = head(s).text("Resource", s.resource())
                .expressible("TimeoutSeconds", s.timeoutSeconds())
                .text("TimeoutSecondsPath", s.timeoutSecondsPath())
                .expressible("HeartbeatSeconds", s.heartbeatSeconds())
                .text("HeartbeatSecondsPath", s.heartbeatSecondsPath())
                .put("Credentials", s.credentials())
                .path("InputPath", s.inputPath())
                .put("Parameters", s.parameters())
                .put("Arguments", s.arguments());
        return results(m, s, pointer);
    }

    /** ResultSelector through End, shared by Task, Parallel and Map. */
    private JsonNode results(Members m, State s, String pointer) {
        m.put("ResultSelector", s.resultSelector())
                .path("ResultPath", s.resultPath())
                .path("OutputPath", s.outputPath())
                .put("Output", s.output())
                .put("Assign", s.assign())
                .put("Retry", parts.retry(s.retry(), pointer))
                .put("Catch", parts.catchers(s.catchers(), pointer));
        return m.text("Next", s.next())
                .bool("End", s.end())
                .build(order, pointer);
    }

    private JsonNode choice(ChoiceState s, String pointer) {
        return head(s).path("InputPath", s.inputPath())
                .put("Choices", parts.choices(s.choices(), pointer))
                .path("OutputPath", s.outputPath())
                .put("Output", s.output())
                .put("Assign", s.assign())
                .text("Default", s.defaultState())
                .build(order, pointer);
    }

    private JsonNode waitState(WaitState s, String pointer) {
        return head(s).path("InputPath", s.inputPath())
                .expressible("Seconds", s.seconds())
                .text("SecondsPath", s.secondsPath())
                .text("Timestamp", s.timestamp())
                .text("TimestampPath", s.timestampPath())
                .path("OutputPath", s.outputPath())
                .put("Output", s.output())
                .put("Assign", s.assign())
                .text("Next", s.next())
                .bool("End", s.end())
                .build(order, pointer);
    }

    private JsonNode succeed(SucceedState s, String pointer) {
        return head(s).path("InputPath", s.inputPath())
                .path("OutputPath", s.outputPath())
                .put("Output", s.output())
                .build(order, pointer);
    }

    private JsonNode fail(FailState s, String pointer) {
        return head(s).text("Error", s.error())
                .text("ErrorPath", s.errorPath())
                .text("Cause", s.cause())
                .text("CausePath", s.causePath())
                .build(order, pointer);
    }

    private JsonNode parallel(ParallelState s, String pointer) {
        Members m = head(s).path("InputPath", s.inputPath())
                .put("Parameters", s.parameters())
                .put("Arguments", s.arguments())
                .put("Branches", parts.branches(s.branches(), pointer));
        return results(m, s, pointer);
    }

    private JsonNode map(MapState s, String pointer) {
        Members m = head(s).path("InputPath", s.inputPath())
                .put("ItemReader", parts.itemReader(s.itemReader(), pointer))
                .text("ItemsPath", s.itemsPath())
                .put("Items", s.items())
                .put("ItemSelector", s.itemSelector())
                .put("Parameters", s.parameters())
                .put("ItemBatcher", parts.itemBatcher(s.itemBatcher(), pointer))
                .expressible("MaxConcurrency", s.maxConcurrency())
                .text("MaxConcurrencyPath", s.maxConcurrencyPath())
                .expressible("ToleratedFailurePercentage", s.toleratedFailurePercentage())
                .text("ToleratedFailurePercentagePath", s.toleratedFailurePercentagePath())
                .expressible("ToleratedFailureCount", s.toleratedFailureCount())
                .text("ToleratedFailureCountPath", s.toleratedFailureCountPath())
                .put("ItemProcessor", parts.itemProcessor(s.itemProcessor(), pointer, "ItemProcessor"))
                .put("Iterator", parts.itemProcessor(s.iterator(), pointer, "Iterator"))
                .text("Label", s.label())
                .put("ResultWriter", parts.resultWriter(s.resultWriter(), pointer));
        return results(m, s, pointer);
    }
}
