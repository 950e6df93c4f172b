package statewise.engine.run.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.StateMachine;
import statewise.engine.run.ClockMode;
import statewise.engine.run.ExecutionIdentity;
import statewise.engine.run.ExecutionRequest;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.ExecutionStatus;
import statewise.engine.run.IntegrationPattern;
import statewise.engine.run.Interpreter;
import statewise.engine.run.TaskCall;
import statewise.engine.run.TaskOutcome;
import statewise.engine.run.TaskResolver;
import statewise.engine.run.history.HistoryEvent;

/**
 * Answers {@code arn:aws:states:::states:startExecution} (plain, {@code .sync}, {@code .sync:2}) for the state
 * machines of the workspace: a map from state machine name to definition, given with the run. A plain start answers
 * at once and runs nothing (its caller never sees the child's result, as on AWS). For {@code .sync} and
 * {@code .sync:2} the child runs locally to its end when the task starts it (on the real clock this holds the parent
 * for the child's duration), on the parent's clock mode, from the parent state's entered time,
 * with this resolver for its own tasks (so it may nest further, up to {@link #MAX_DEPTH} levels). The answer is
 * shaped as AWS shapes it: {@code {ExecutionArn, StartDate, SdkHttpMetadata, SdkResponseMetadata}} for a plain start
 * (and as the {@code .sync} task's TaskSubmitted output); for {@code .sync} the finished execution's description
 * with Input and Output as JSON text, for {@code .sync:2} as JSON values; a child that did not succeed fails the task
 * with {@code States.TaskFailed} and that description (with Error and Cause) as the cause. The {@code .sync} answer
 * arrives after the child's own duration. Calls of other resources, or of state machines the workspace does not
 * have, go to the next resolver.
 */
public final class NestedExecutions implements TaskResolver {

    /** How deep executions may start executions: a state machine that starts itself stops here. */
    public static final int MAX_DEPTH = 16;

    private static final Pattern START = Pattern.compile("arn:aws[a-z-]*:states:::states:startExecution"
            + "(\\.sync(:2)?)?");
    private static final Pattern MACHINE_ARN = Pattern.compile("arn:aws[a-z-]*:states:([a-z0-9-]+):(\\d{12})"
            + ":stateMachine:([^:]+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, StateMachine> workspace;
    private final TaskResolver next;
    private final ClockMode clock;
    private final int depth;

    private NestedExecutions(Map<String, StateMachine> workspace, TaskResolver next, ClockMode clock, int depth) {
        this.workspace = Map.copyOf(workspace);
        this.next = next;
        this.clock = clock;
        this.depth = depth;
    }

    /**
     * Starts the workspace's state machines for startExecution tasks; every other call goes to {@code next}.
     *
     * @param workspace state machines by name (the name in their ARN, {@code ...:stateMachine:NAME})
     */
    public static NestedExecutions of(Map<String, StateMachine> workspace, TaskResolver next, ClockMode clock) {
        return new NestedExecutions(workspace, next, clock, 0);
    }

    @Override
    public TaskOutcome resolve(TaskCall call) {
        if (!START.matcher(call.resource()).matches()) {
            return next.resolve(call);
        }
        String arn = call.input().path("StateMachineArn").asText("");
        String machineName = machineName(arn);
        StateMachine machine = workspace.get(machineName);
        if (machine == null) {
            return next.resolve(call);
        }
        if (depth >= MAX_DEPTH) {
            return TaskOutcome.failure("States.Runtime", "State machine '" + machineName + "' was not started: "
                    + "executions started by executions are nested more than " + MAX_DEPTH + " deep.");
        }
        JsonNode input = input(call.input().get("Input"));
        if (input == null) {
            return TaskOutcome.failure("StepFunctions.InvalidExecutionInputException", "Invalid State Machine "
                    + "Execution Input: the Input given to state machine '" + machineName + "' is not JSON text.");
        }
        ExecutionIdentity identity = identity(call, arn, machineName);
        Instant start = start(call);
        IntegrationPattern pattern = IntegrationPattern.of(call.resource());
        if (pattern == IntegrationPattern.REQUEST_RESPONSE) {
            return TaskOutcome.success(ExecutionEnvelope.started(identity, start));
        }
        ExecutionResult result = Interpreter.run(ExecutionRequest.of(machine, input)
                .withIdentity(identity)
                .withClock(clock)
                .withStartTime(start)
                .withResolver(new NestedExecutions(workspace, next, clock, depth + 1)));
        return answer(pattern, identity, input, start, result);
    }

    private static TaskOutcome answer(IntegrationPattern pattern, ExecutionIdentity identity, JsonNode input,
            Instant start, ExecutionResult result) {
        ObjectNode started = ExecutionEnvelope.started(identity, start);
        List<HistoryEvent> history = result.history();
        Instant stop = history.isEmpty() ? start : history.get(history.size() - 1).timestamp();
        boolean jsonText = pattern == IntegrationPattern.SYNC;
        ObjectNode described = ExecutionEnvelope.described(identity, input, start, stop, result, jsonText);
        TaskOutcome answer = result.status() == ExecutionStatus.SUCCEEDED ? TaskOutcome.success(described)
                : TaskOutcome.failure("States.TaskFailed", described.toString());
        Duration took = Duration.between(start, stop);
        return TaskOutcome.answered(started, null, answer, took.isNegative() ? Duration.ZERO : took);
    }

    /** The child's input: {@code Input} as given, JSON text parsed, {@code {}} when absent or null; null if bad. */
    private static @Nullable JsonNode input(@Nullable JsonNode given) {
        if (given == null || given.isNull()) {
            return JSON.createObjectNode();
        }
        if (!given.isTextual()) {
            return given;
        }
        try {
            JsonNode parsed = JSON.readTree(given.textValue());
            return parsed == null || parsed.isMissingNode() ? null : parsed;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The name in a state machine ARN, or the text itself when it is a plain name. */
    static String machineName(String arn) {
        Matcher m = MACHINE_ARN.matcher(arn);
        return m.matches() ? m.group(3) : arn;
    }

    /** The child's identity: the ARN's region and account (else the parent's), the given or a derived name. */
    private static ExecutionIdentity identity(TaskCall call, String arn, String machineName) {
        ExecutionIdentity parent = parent(call);
        Matcher m = MACHINE_ARN.matcher(arn);
        String region = m.matches() ? m.group(1) : parent.region();
        String account = m.matches() ? m.group(2) : parent.accountId();
        JsonNode given = call.input().get("Name");
        String name = given != null && given.isTextual() ? given.asText()
                : UUID.nameUUIDFromBytes((call.context().path("Execution").path("Id").asText() + "/"
                        + call.stateName() + "/" + call.invocation()).getBytes(StandardCharsets.UTF_8)).toString();
        return new ExecutionIdentity(account, region, machineName, name, parent.roleArn());
    }

    private static ExecutionIdentity parent(TaskCall call) {
        JsonNode execution = call.context().path("Execution");
        Matcher m = MACHINE_ARN.matcher(call.context().path("StateMachine").path("Id").asText(""));
        ExecutionIdentity local = ExecutionIdentity.local("statewise", "local");
        return new ExecutionIdentity(m.matches() ? m.group(2) : local.accountId(),
                m.matches() ? m.group(1) : local.region(), "parent", "parent",
                execution.path("RoleArn").asText(local.roleArn()));
    }

    /** The child starts when the parent's Task state was entered (the closest instant a resolver is told). */
    private static Instant start(TaskCall call) {
        try {
            return Instant.parse(call.context().path("State").path("EnteredTime").asText(""));
        } catch (DateTimeParseException e) {
            return Instant.now();
        }
    }
}
