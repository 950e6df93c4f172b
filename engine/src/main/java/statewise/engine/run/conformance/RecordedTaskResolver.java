package statewise.engine.run.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.TaskCall;
import statewise.engine.run.TaskOutcome;
import statewise.engine.run.TaskResolver;

/**
 * Answers a case's Task invocations with the results AWS recorded (the README's general fallback for any
 * service): the n-th invocation of a state gets the n-th {@code TaskSucceeded}, {@code TaskFailed},
 * {@code LambdaFunctionSucceeded}, ... recorded for that state, as found by following {@code previousEventId} back
 * to the state's entry. Recorded results are normalised, so ARNs and ids in them read as placeholders.
 */
final class RecordedTaskResolver implements TaskResolver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SOURCES = Set.of("Task", "LambdaFunction", "Activity");
    private static final Set<String> FAILURES = Set.of("Failed", "StartFailed", "SubmitFailed",
            "ScheduleFailed");
    private static final int MAX_CHAIN = 64;

    private final String caseId;
    private final Map<String, List<TaskOutcome>> outcomes;
    private final int unattributed;

    private RecordedTaskResolver(String caseId, Map<String, List<TaskOutcome>> outcomes, int unattributed) {
        this.caseId = caseId;
        this.outcomes = outcomes;
        this.unattributed = unattributed;
    }

    static RecordedTaskResolver of(String caseId, List<ObjectNode> history) {
        Map<Long, ObjectNode> byId = new HashMap<>();
        history.forEach(e -> {
            if (e.path("id").isNumber()) {
                byId.put(e.get("id").asLong(), e);
            }
        });
        Map<String, List<TaskOutcome>> outcomes = new HashMap<>();
        Map<String, ObjectNode> accepted = new HashMap<>();
        int unattributed = 0;
        for (ObjectNode event : history) {
            String type = event.path("type").asText();
            if (type.equals("TaskSubmitted") || type.equals("ActivityStarted")) {
                @Nullable String state = stateOf(event, byId);
                if (state != null) {
                    accepted.put(state, event);
                }
                continue;
            }
            @Nullable TaskOutcome outcome = outcome(event);
            @Nullable String state = outcome == null ? null : stateOf(event, byId);
            if (state != null) {
                ObjectNode acceptance = accepted.remove(state);
                outcomes.computeIfAbsent(state, k -> new ArrayList<>())
                        .add(acceptance == null ? outcome : waited(acceptance, outcome));
            } else if (outcome != null) {
                unattributed++;
            }
        }
        return new RecordedTaskResolver(caseId, outcomes, unattributed);
    }

    /**
     * True when every recorded Task result could be given to its state and there is at least one. Results inside a
     * Parallel run the recording sorted lost their {@code previousEventId} and cannot be.
     */
    boolean isComplete() {
        return !outcomes.isEmpty() && unattributed == 0;
    }

    /** The result recorded for this invocation of the call's state, or null when there is none. */
    @Nullable TaskOutcome recorded(TaskCall call) {
        List<TaskOutcome> recorded = outcomes.get(call.stateName());
        return recorded == null || call.invocation() >= recorded.size() ? null : recorded.get(call.invocation());
    }

    @Override
    public TaskOutcome resolve(TaskCall call) {
        List<TaskOutcome> recorded = outcomes.get(call.stateName());
        if (recorded == null) {
            return TaskOutcome.failure("States.Runtime", "Case " + caseId + " recorded no result for Task state '"
                    + call.stateName() + "'.");
        }
        if (call.invocation() >= recorded.size()) {
            return TaskOutcome.failure("States.Runtime", "Case " + caseId + " recorded " + recorded.size()
                    + " result(s) for Task state '" + call.stateName() + "'; this is invocation "
                    + call.invocation() + ".");
        }
        return recorded.get(call.invocation());
    }

    /**
     * The outcome of a task that waited after its request was accepted (TaskSubmitted, or ActivityStarted by a named
     * worker): the recorded answer, or nobody answering when it timed out.
     */
    private static TaskOutcome waited(ObjectNode acceptance, TaskOutcome answer) {
        JsonNode submitted = acceptance.path("taskSubmittedEventDetails").get("output");
        JsonNode worker = acceptance.path("activityStartedEventDetails").get("workerName");
        return new TaskOutcome.Pending(submitted == null ? null : value(submitted),
                worker == null || !worker.isTextual() ? null : worker.asText(),
                answer instanceof TaskOutcome.TimedOut ? null : answer, Duration.ZERO);
    }

    private static @Nullable TaskOutcome outcome(ObjectNode event) {
        String type = event.path("type").asText();
        @Nullable String source = SOURCES.stream().filter(type::startsWith).findFirst().orElse(null);
        if (source == null || type.startsWith("TaskState")) {
            return null;
        }
        String ending = type.substring(source.length());
        JsonNode details = event.path(Character.toLowerCase(type.charAt(0)) + type.substring(1) + "EventDetails");
        if (ending.equals("Succeeded")) {
            return TaskOutcome.success(value(details.get("output")));
        }
        if (ending.equals("TimedOut")) {
            return TaskOutcome.timedOut(details.path("error").asText("States.Timeout"));
        }
        if (FAILURES.contains(ending)) {
            String error = details.path("error").asText("");
            JsonNode cause = details.get("cause");
            return TaskOutcome.failure(error, cause == null ? null : text(cause, source.equals("LambdaFunction")));
        }
        return null;
    }

    /**
     * A cause as AWS wrote it: the corpus parsed JSON causes into objects. A Lambda function's own error JSON, which
     * a function ARN passes on, came from the Python runtime's {@code json.dumps} (spaces after separators); the
     * causes Step Functions writes itself, such as a {@code lambda:invoke} failure, are compact.
     */
    private static String text(JsonNode cause, boolean fromFunction) {
        if (cause.isTextual()) {
            return cause.asText();
        }
        return fromFunction ? PythonJson.dumps(cause) : cause.toString();
    }

    /** The state an outcome belongs to (the entry its previousEventId chain leads to), or null when unknown. */
    private static @Nullable String stateOf(ObjectNode event, Map<Long, ObjectNode> byId) {
        @Nullable JsonNode at = event;
        for (int steps = 0; steps < MAX_CHAIN && at != null; steps++) {
            JsonNode entered = at.path("stateEnteredEventDetails").path("name");
            if (entered.isTextual()) {
                return entered.asText();
            }
            at = at.path("previousEventId").isNumber() ? byId.get(at.get("previousEventId").asLong()) : null;
        }
        return null;
    }

    private static JsonNode value(@Nullable JsonNode output) {
        if (output == null) {
            return JsonNodeFactory.instance.nullNode();
        }
        if (!output.isTextual()) {
            return output;
        }
        try {
            JsonNode parsed = JSON.readTree(output.textValue());
            return parsed == null ? output : parsed;
        } catch (JsonProcessingException e) {
            return output;
        }
    }
}
