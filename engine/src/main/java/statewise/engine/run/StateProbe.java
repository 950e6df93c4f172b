package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.history.HistoryEvent;

/**
 * Runs one state of a definition through the interpreter and reports what it did at each data-flow stage, for
 * AWS's TestState API ({@code statewise.engine.teststate}) and the designer's data-flow preview. The state is the
 * request's start state; the probe stops as soon as the state hands over to another one, so only that state's
 * work happens. The stages come from the same data-flow template every execution uses, never from a second
 * evaluator.
 */
public final class StateProbe {

    /**
     * What the probed state did.
     *
     * @param input               the state's input
     * @param stages              the input after InputPath and after Parameters (JSONPath) or Arguments (JSONata)
     * @param result              the task's result (Task states) or the Pass state's result, when there was one
     * @param afterResultSelector the result after ResultSelector (JSONPath states that completed)
     * @param afterResultPath     the result placed by ResultPath, before OutputPath (JSONPath states that completed)
     * @param output              the state's output when it left normally or through a catcher
     * @param nextState           the state it handed over to, or null when the execution ended with it
     * @param error               the error of a failure: its task's, or the execution's when it was not caught
     * @param cause               that failure's cause
     * @param taskFailed          whether the task's resource failed (a failure event was recorded)
     * @param failed              whether the execution failed (the state's failure was not caught)
     * @param history             the events recorded
     */
    public record Report(@Nullable JsonNode input, List<Paused.Stage> stages, @Nullable JsonNode result,
            @Nullable JsonNode afterResultSelector, @Nullable JsonNode afterResultPath, @Nullable JsonNode output,
            @Nullable String nextState, @Nullable String error, @Nullable String cause, boolean taskFailed,
            boolean failed, List<HistoryEvent> history) {

        public Report {
            stages = List.copyOf(stages);
            history = List.copyOf(history);
        }
    }

    private StateProbe() {
    }

    /**
     * Runs the request's start state.
     *
     * @param variables the variables the state sees, set before it is entered
     * @param context   the context object the state sees instead of the execution's, or null for the execution's
     */
    public static Report probe(ExecutionRequest request, Map<String, JsonNode> variables,
            @Nullable JsonNode context) {
        ProbeHooks hooks = new ProbeHooks(request.stateMachine().startAt(), variables, context);
        ExecutionResult result;
        try {
            result = new ExecutionRun(request, List.of(), hooks).run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting on the real-time clock", e);
        }
        return hooks.report(result);
    }

    /**
     * Whether a retrier's or catcher's {@code ErrorEquals} name matches the error of a failed task, by AWS's rules
     * (States.ALL, States.TaskFailed, the terminal errors).
     */
    public static boolean taskErrorMatches(String errorEquals, String error) {
        return ErrorNames.matches(errorEquals, error, true);
    }
}
