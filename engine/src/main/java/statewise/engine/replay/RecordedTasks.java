package statewise.engine.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.TaskOutcome;
import statewise.engine.run.history.EventType;
import statewise.engine.run.history.HistoryEvent;

/**
 * The Task results of a recorded execution, grouped by state and Map iteration, then visit by visit (each time the
 * state was entered) and attempt by attempt (the first try, then each retry), in the order they happened.
 */
final class RecordedTasks {

    /** Where a Task ran: its state and the Map iteration it ran in directly (-1 when none). */
    record Key(String state, int mapIndex) {
    }

    /**
     * One try of a visit: its result, or why the history cannot give it.
     *
     * @param outcome what the resource answered, or null when the history does not hold it
     * @param input   what the resource was given (TaskScheduled parameters or the Lambda/activity input)
     * @param missing why there is no outcome, when there is none
     */
    record Attempt(@Nullable TaskOutcome outcome, @Nullable JsonNode input, @Nullable String missing) {
    }

    /** The attempts of one visit of a Task state. */
    static final class VisitResults {
        final HistoryScopes.Visit visit;
        final List<Attempt> attempts = new ArrayList<>();
        @Nullable JsonNode scheduledInput;
        /** The TaskSubmitted or ActivityStarted event of the current attempt of a task that waits, if any. */
        @Nullable ObjectNode accepted;

        VisitResults(HistoryScopes.Visit visit) {
            this.visit = visit;
        }

        /** What the first attempt was given, or else what the state was entered with. */
        @Nullable JsonNode input() {
            return attempts.isEmpty() || attempts.get(0).input() == null ? visit.input() : attempts.get(0).input();
        }
    }

    private static final Set<String> FAILED = Set.of("Failed", "StartFailed", "SubmitFailed", "ScheduleFailed");

    private final Map<Key, List<VisitResults>> byKey;

    private RecordedTasks(Map<Key, List<VisitResults>> byKey) {
        this.byKey = byKey;
    }

    static RecordedTasks of(List<HistoryEvent> events) {
        HistoryScopes scopes = HistoryScopes.of(events);
        Map<Key, List<VisitResults>> byKey = new LinkedHashMap<>();
        Map<Long, VisitResults> byEntered = new HashMap<>();
        for (HistoryScopes.Visit visit : scopes.visits()) {
            if (visit.entered().type() == EventType.TASK_STATE_ENTERED) {
                VisitResults results = new VisitResults(visit);
                byKey.computeIfAbsent(new Key(visit.state(), visit.mapIndex()), k -> new ArrayList<>()).add(results);
                byEntered.put(visit.entered().id(), results);
            }
        }
        for (HistoryEvent event : events) {
            HistoryScopes.Visit visit = scopes.visitOf(event);
            VisitResults results = visit == null ? null : byEntered.get(visit.entered().id());
            String ending = ending(event.type());
            if (results == null || ending == null) {
                continue;
            }
            if (ending.equals("Scheduled")) {
                results.scheduledInput = scheduledInput(event.details());
            } else if (event.type() == EventType.TASK_SUBMITTED || event.type() == EventType.ACTIVITY_STARTED) {
                results.accepted = event.details() == null ? JsonNodeFactory.instance.objectNode() : event.details();
            } else {
                Attempt attempt = attempt(ending, event.details(), results.scheduledInput);
                if (attempt != null) {
                    results.attempts.add(results.accepted == null ? attempt : waited(attempt, results.accepted));
                    results.scheduledInput = null;
                    results.accepted = null;
                }
            }
        }
        return new RecordedTasks(byKey);
    }

    /** The visits of the state at {@code key}, in the order they began; empty when it never ran there. */
    List<VisitResults> visits(Key key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** How many visits of {@code state} the recording has, in all Map iterations. */
    int visitsOf(String state) {
        return byKey.entrySet().stream().filter(e -> e.getKey().state().equals(state))
                .mapToInt(e -> e.getValue().size()).sum();
    }

    /** The part of a task-level event type after its source ({@code Succeeded}), or null for other events. */
    private static @Nullable String ending(EventType type) {
        String aws = type.awsName();
        if (aws.startsWith("TaskState")) {
            return null;
        }
        for (String source : List.of("Task", "LambdaFunction", "Activity")) {
            if (aws.startsWith(source)) {
                return aws.substring(source.length());
            }
        }
        return null;
    }

    private static @Nullable JsonNode scheduledInput(@Nullable ObjectNode details) {
        if (details == null) {
            return null;
        }
        return details.has("parameters") ? details.get("parameters") : details.get("input");
    }

    /**
     * The attempt of a task that waited after its request was accepted: the recorded answer (none when it timed
     * out), with the TaskSubmitted output or the activity's worker name.
     */
    private static Attempt waited(Attempt attempt, ObjectNode accepted) {
        TaskOutcome answer = attempt.outcome();
        if (answer == null) {
            return attempt;
        }
        JsonNode worker = accepted.get("workerName");
        TaskOutcome pending = new TaskOutcome.Pending(accepted.get("output"),
                worker == null || !worker.isTextual() ? null : worker.asText(),
                answer instanceof TaskOutcome.TimedOut ? null : answer, Duration.ZERO);
        return new Attempt(pending, attempt.input(), null);
    }

    private static @Nullable Attempt attempt(String ending, @Nullable ObjectNode details, @Nullable JsonNode input) {
        if (ending.equals("Succeeded")) {
            JsonNode output = details == null ? null : details.get("output");
            if (output == null) {
                return new Attempt(null, input, "the history holds no output for it (was it exported without "
                        + "execution data?)");
            }
            if (output.isTextual() && RecordedExecution.truncated(details, "output")) {
                return new Attempt(null, input, "AWS truncated its output in the history");
            }
            return new Attempt(TaskOutcome.success(output), input, null);
        }
        if (ending.equals("TimedOut")) {
            String error = details == null ? "States.Timeout" : details.path("error").asText("States.Timeout");
            return new Attempt(TaskOutcome.timedOut(error), input, null);
        }
        if (FAILED.contains(ending)) {
            String error = details == null ? "" : details.path("error").asText("");
            JsonNode cause = details == null ? null : details.get("cause");
            String text = cause == null || cause.isNull() ? null : cause.isTextual() ? cause.textValue()
                    : cause.toString();
            return new Attempt(TaskOutcome.failure(error, text), input, null);
        }
        return null;
    }
}
