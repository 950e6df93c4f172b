package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.PassState;
import statewise.engine.model.State;
import statewise.engine.model.StateType;
import statewise.engine.query.QueryFailure;
import statewise.engine.run.history.EventType;
import statewise.engine.run.history.HistoryEvent;

/**
 * The debugger hooks of a {@link StateProbe}: they give the probed state its variables and context object before it
 * is entered, note its stages and events, and stop the execution once another state is about to be entered.
 */
final class ProbeHooks implements DebugHooks {

    private final String stateName;
    private final Map<String, JsonNode> variables;
    private final @Nullable JsonNode context;
    private @Nullable StateRun probed;
    private @Nullable JsonNode input;
    private List<Paused.Stage> stages = List.of();
    private @Nullable JsonNode result;
    private @Nullable JsonNode selected;
    private @Nullable JsonNode placed;
    private @Nullable JsonNode output;
    private @Nullable String nextState;
    private @Nullable String error;
    private @Nullable String cause;
    private boolean taskFailed;
    private boolean failed;

    ProbeHooks(String stateName, Map<String, JsonNode> variables, @Nullable JsonNode context) {
        this.stateName = stateName;
        this.variables = Map.copyOf(variables);
        this.context = context;
    }

    @Override
    public void beforeState(StateRun run) {
        if (probed == null && run.name.equals(stateName) && run.strand.where.isEmpty()) {
            probed = run;
            Map<String, Long> sizes = new HashMap<>();
            variables.forEach((name, value) -> sizes.put(name, PayloadLimit.exactSize(value)));
            run.strand.variables.assignAll(variables, sizes);
            if (context != null) {
                run.giveContext(context);
            }
            return;
        }
        if (probed != null && run.strand == probed.strand) {
            nextState = run.name;
            throw new Aborted();
        }
    }

    @Override
    public void afterEvent(HistoryEvent event, @Nullable StateRun run) {
        ObjectNode details = event.details();
        String type = event.type().name();
        if (event.type() == EventType.EXECUTION_FAILED) {
            failed = true;
            error = text(details, "error");
            cause = text(details, "cause");
        }
        if (run == null || run != probed) {
            return;
        }
        if (event.type() == run.enteredType() && input == null) {
            input = run.input;
            stages = PausedSnapshot.stages(run);
        } else if (details != null && isTaskEvent(type) && type.endsWith("SUCCEEDED")) {
            result = details.get("output");
        } else if (details != null && isTaskEvent(type) && (type.endsWith("FAILED") || type.endsWith("TIMED_OUT"))) {
            taskFailed = true;
            error = text(details, "error");
            cause = text(details, "cause");
        } else if (details != null && event.type() == run.exitedType()) {
            output = details.get("output");
            if (!taskFailed) {
                results(run);
            }
        }
    }

    /** The result after ResultSelector and after ResultPath, for JSONPath states that have those stages. */
    private void results(StateRun run) {
        State state = run.state();
        if (state.type() == StateType.PASS) {
            PassState pass = (PassState) state;
            result = pass.result();
            selected = pass.result() != null ? pass.result() : stageValue(state.parameters() != null
                    ? "afterParameters" : "afterInputPath");
        } else if (state.type() == StateType.TASK && result != null) {
            selected = guarded(() -> run.flow().selectResult(run, state.resultSelector(), result));
        }
        if (selected != null && run.flow().hasInputPath()) {
            JsonNode value = selected;
            placed = guarded(() -> JsonPathFlow.resultPath(state.resultPath(), run.input, value));
        }
    }

    private @Nullable JsonNode stageValue(String name) {
        return stages.stream().filter(s -> s.name().equals(name)).map(Paused.Stage::value).findFirst()
                .orElse(null);
    }

    private static @Nullable JsonNode guarded(java.util.function.Supplier<JsonNode> stage) {
        try {
            return stage.get();
        } catch (QueryFailure | StatesError e) {
            return null;
        }
    }

    private static boolean isTaskEvent(String type) {
        return (type.startsWith("TASK_") || type.startsWith("LAMBDA_FUNCTION_") || type.startsWith("ACTIVITY_"))
                && !type.startsWith("TASK_STATE_");
    }

    private static @Nullable String text(@Nullable ObjectNode details, String field) {
        JsonNode value = details == null ? null : details.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    @Override
    public void checkStop() {
    }

    @Override
    public void sleepUntil(long deadlineNanos) throws InterruptedException {
        DebugHooks.NONE.sleepUntil(deadlineNanos);
    }

    StateProbe.Report report(ExecutionResult execution) {
        return new StateProbe.Report(input, stages, result, selected, placed, output, nextState, error, cause,
                taskFailed, failed, execution.history());
    }
}
