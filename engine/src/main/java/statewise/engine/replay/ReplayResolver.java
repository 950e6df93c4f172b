package statewise.engine.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.engine.json.JsonMatch;
import statewise.engine.run.TaskCall;
import statewise.engine.run.TaskOutcome;
import statewise.engine.run.PartialResolver;

/**
 * Answers each Task invocation of a re-run with the result AWS recorded for the same state, in the same Map
 * iteration, on the same visit and attempt. A first attempt opens the next recorded visit of its state (preferring
 * one whose recorded input equals the call's, so iterations and branches that run in another order locally still
 * get their own results); a retry continues the visit its first attempt opened. A call the recording has no answer
 * for fails the task with {@code States.Runtime} and a cause naming the file, the state and the invocation.
 */
final class ReplayResolver implements PartialResolver {

    static final String RUNTIME_ERROR = "States.Runtime";

    private final String source;
    private final RecordedTasks tasks;
    private final Set<RecordedTasks.VisitResults> used = new HashSet<>();
    private final Map<RecordedTasks.Key, List<RecordedTasks.VisitResults>> open = new HashMap<>();

    ReplayResolver(String source, RecordedTasks tasks) {
        this.source = source;
        this.tasks = tasks;
    }

    /** Whether the recorded run ran {@code call}'s state (in the same Map iteration) at least once. */
    @Override
    public boolean covers(TaskCall call) {
        return !tasks.visits(key(call)).isEmpty();
    }

    @Override
    public synchronized TaskOutcome resolve(TaskCall call) {
        RecordedTasks.Key key = key(call);
        int mapIndex = key.mapIndex();
        String where = "Task state '" + call.stateName() + "'" + (mapIndex < 0 ? "" : " in Map iteration "
                + mapIndex);
        List<RecordedTasks.VisitResults> recorded = tasks.visits(key);
        RecordedTasks.VisitResults visit = call.attempt() == 0 ? start(key, recorded, call.input())
                : current(key, call.input());
        if (visit == null) {
            return fail(recorded.isEmpty() ? "the recorded run never ran " + where + neverRanHint(call, mapIndex)
                    : "the recorded run ran " + where + " " + times(recorded.size()) + "; this is visit "
                            + (recorded.size() + 1) + " (invocation " + call.invocation() + ")");
        }
        int number = recorded.indexOf(visit) + 1;
        if (call.attempt() >= visit.attempts.size()) {
            return fail("the recorded run made " + visit.attempts.size() + " attempt(s) on visit " + number + " of "
                    + where + "; this is attempt " + (call.attempt() + 1) + " (retry " + call.attempt() + ")");
        }
        RecordedTasks.Attempt attempt = visit.attempts.get(call.attempt());
        if (attempt.outcome() == null) {
            return fail("the recorded result of " + where + " (visit " + number + ", attempt "
                    + (call.attempt() + 1) + ") cannot be used: " + attempt.missing());
        }
        return attempt.outcome() instanceof TaskOutcome.Success success
                ? TaskOutcome.success(success.output().deepCopy()) : attempt.outcome();
    }

    /** The first unused visit whose recorded input is the call's, else the first unused one. */
    private RecordedTasks.@Nullable VisitResults start(RecordedTasks.Key key,
            List<RecordedTasks.VisitResults> recorded, JsonNode input) {
        RecordedTasks.VisitResults chosen = null;
        for (RecordedTasks.VisitResults visit : recorded) {
            if (used.contains(visit)) {
                continue;
            }
            if (JsonMatch.same(visit.input(), input)) {
                chosen = visit;
                break;
            }
            if (chosen == null) {
                chosen = visit;
            }
        }
        if (chosen != null) {
            used.add(chosen);
            open.computeIfAbsent(key, k -> new ArrayList<>()).add(chosen);
        }
        return chosen;
    }

    /** The visit a retry belongs to: the latest one opened for its state whose input is the call's, else the latest. */
    private RecordedTasks.@Nullable VisitResults current(RecordedTasks.Key key, JsonNode input) {
        List<RecordedTasks.VisitResults> opened = open.getOrDefault(key, List.of());
        for (int i = opened.size() - 1; i >= 0; i--) {
            if (JsonMatch.same(opened.get(i).input(), input)) {
                return opened.get(i);
            }
        }
        return opened.isEmpty() ? null : opened.get(opened.size() - 1);
    }

    private String neverRanHint(TaskCall call, int mapIndex) {
        int elsewhere = tasks.visitsOf(call.stateName());
        if (elsewhere > 0) {
            return " (it ran the state " + times(elsewhere) + " elsewhere)";
        }
        return mapIndex >= 0 ? " (the iterations of a distributed Map are child executions with their own "
                + "histories)" : "";
    }

    private static String times(int n) {
        return n == 1 ? "once" : n + " times";
    }

    private static RecordedTasks.Key key(TaskCall call) {
        return new RecordedTasks.Key(call.stateName(), call.context().path("Map").path("Item").path("Index")
                .asInt(-1));
    }

    private TaskOutcome fail(String reason) {
        return TaskOutcome.failure(RUNTIME_ERROR, "Replay of " + source + ": " + reason + ".");
    }
}
