package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Builds the context object ({@code $$}) a state sees: Execution, StateMachine, State, and for Map iterations
 * Map.Item, with AWS's members in AWS's order.
 */
final class ContextObject {

    /** AWS writes context timestamps with milliseconds: {@code 2024-01-31T12:00:00.000Z}. */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode execution;
    private final ObjectNode stateMachine;
    private Instant lastEntered = Instant.MIN;
    private String lastEnteredText = "";

    ContextObject(ExecutionRequest request) {
        ExecutionIdentity id = request.identity();
        execution = NODES.objectNode();
        execution.put("Id", id.executionArn(request.type()));
        execution.set("Input", request.input());
        execution.put("StartTime", TIMESTAMP.format(request.startTime()));
        execution.put("Name", id.executionName());
        execution.put("RoleArn", id.roleArn());
        if (!request.synchronous() && request.behaviour().contextHasRedriveCount()) {
            execution.put("RedriveCount", 0);
        }
        stateMachine = NODES.objectNode();
        stateMachine.put("Id", id.stateMachineArn());
        stateMachine.put("Name", id.stateMachineName());
    }

    /** The context object of a state entered at {@code entered}, without a task token. */
    JsonNode forState(String name, Instant entered, @Nullable Integer retryCount, Strand.@Nullable MapItem item) {
        return forState(name, entered, retryCount, item, null);
    }

    /**
     * The context object of a state entered at {@code entered}.
     *
     * @param retryCount the state's retry count, written for states that retry (Task, Parallel, Map); else null
     * @param item       the Map item of the iteration the state runs in, or null
     * @param taskToken  the task token of a Task that waits for a callback ({@code $$.Task.Token}), or null
     */
    JsonNode forState(String name, Instant entered, @Nullable Integer retryCount, Strand.@Nullable MapItem item,
            @Nullable String taskToken) {
        ObjectNode context = NODES.objectNode();
        context.set("Execution", execution);
        context.set("StateMachine", stateMachine);
        ObjectNode state = context.putObject("State");
        state.put("Name", name);
        state.put("EnteredTime", enteredText(entered));
        if (retryCount != null) {
            state.put("RetryCount", retryCount);
        }
        if (item != null) {
            ObjectNode map = context.putObject("Map").putObject("Item");
            map.put("Index", item.index());
            map.set("Value", item.value());
        }
        if (taskToken != null) {
            context.putObject("Task").put("Token", taskToken);
        }
        return context;
    }

    /** On the virtual clock many states share an instant: format each one once. */
    private String enteredText(Instant entered) {
        if (!entered.equals(lastEntered)) {
            lastEntered = entered;
            lastEnteredText = TIMESTAMP.format(entered);
        }
        return lastEnteredText;
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }
}
