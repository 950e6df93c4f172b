package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.QueryLanguage;
import statewise.engine.model.State;
import statewise.engine.query.PathScope;
import statewise.engine.query.QueryFailure;
import statewise.engine.run.history.EventType;

/**
 * One visit of a strand to a state, as a small state machine driven by the scheduler. Every state follows one
 * template: the entered event, then the state's own evaluation (input processing, its step, output processing),
 * then the exited event and the transition; a failure on the way ends in the strand's failure unless the state
 * retries or catches it (see {@link RecoverableRun}). Each scheduler step records at most one event, so a
 * debugger can stop between any two events.
 */
abstract class StateRun {

    final ExecutionRun exec;
    final Strand strand;
    final String name;
    /** The state's input; a debugger may replace it while paused before the entry (see {@link DebugGate}). */
    JsonNode input;
    long enteredId;
    /** The event the entered event follows: what an evaluation failing in the entering step follows too. */
    private long beforeEntered;
    Instant enteredTime = Instant.EPOCH;
    private @Nullable JsonNode context;
    /** A context object given from outside (TestState's {@code context}), used instead of the execution's. */
    private @Nullable JsonNode givenContext;

    StateRun(ExecutionRun exec, Strand strand, String name, JsonNode input) {
        this.exec = exec;
        this.strand = strand;
        this.name = name;
        this.input = input;
    }

    abstract State state();

    abstract EventType enteredType();

    abstract @Nullable EventType exitedType();

    /** The event recorded when the state is cut short (its Parallel branch or Map iteration was stopped). */
    @Nullable EventType abortedType() {
        return null;
    }

    /** Stops the strands this state started (Parallel branches, Map iterations). */
    void cancelChildren() {
    }

    /** The state's own work, after the entered event; ends with {@link #exit} or a failure. */
    abstract void evaluate();

    final void start() {
        exec.scheduler().next(this::enter);
    }

    private void enter() {
        if (strand.cancelled) {
            return;
        }
        exec.enterStep(this);
        exec.hooks().beforeState(this);
        enteredTime = exec.scheduler().clock().now();
        ObjectNode details = exec.details();
        details.put("name", name);
        details.set("input", input);
        details.set("inputDetails", ExecutionRun.NOT_TRUNCATED);
        beforeEntered = strand.last;
        enteredId = exec.emit(strand, enteredType(), details);
        strand.active = this;
        exec.scheduler().next(() -> guarded(this::evaluate));
    }

    /** Runs a step of this state, turning evaluation failures into the state's failure. */
    final void guarded(Runnable step) {
        if (strand.cancelled) {
            return;
        }
        exec.enterStep(this);
        try {
            step.run();
        } catch (QueryFailure e) {
            evaluationFailed(e);
            failed(e.error(), errorPrefix() + e.cause());
        } catch (StatesError e) {
            failed(e.error(), e.errorCause());
        }
    }

    /**
     * Records AWS's EvaluationFailed event when a JSONata evaluation failed ({@code States.QueryEvaluationError});
     * JSONPath failures have none. The event follows the state's latest event, except in the step that entered the
     * state, where AWS links it to the event the entered event follows.
     */
    final void evaluationFailed(QueryFailure e) {
        if (!e.error().equals(QueryFailure.QUERY_EVALUATION_ERROR)) {
            return;
        }
        ObjectNode details = exec.details();
        details.put("cause", errorPrefix() + e.cause());
        details.put("error", e.error());
        if (e.location() != null) {
            details.put("location", e.location());
        }
        details.put("state", name);
        if (strand.last == enteredId && failsInEnteringStep()) {
            strand.last = beforeEntered;
        }
        exec.emit(strand, EventType.EVALUATION_FAILED, details);
        evaluationFailedRecorded();
    }

    /** Whether this state's evaluations share the step that records its entered event (all but Wait do). */
    boolean failsInEnteringStep() {
        return true;
    }

    /** Called after an EvaluationFailed event: Parallel and Map then record their failed event too. */
    void evaluationFailedRecorded() {
    }

    /** AWS's lead-in to the cause of a runtime error in this state. */
    final String errorPrefix() {
        return "An error occurred while executing the state '" + name + "' (entered at the event id #" + enteredId
                + "). ";
    }

    /**
     * The context object ({@code $$}) for this visit, built on first use. Before the state is entered (a debugger
     * looking ahead) it is built for the current time and not kept.
     */
    final JsonNode context() {
        if (givenContext != null) {
            return givenContext;
        }
        if (enteredId == 0) {
            return exec.contextObject().forState(name, exec.scheduler().clock().now(), retryCount(), strand.item,
                    taskToken());
        }
        if (context == null) {
            context = exec.contextObject().forState(name, enteredTime, retryCount(), strand.item, taskToken());
        }
        return context;
    }

    /** The data flow of this state's query language. */
    final DataFlow flow() {
        QueryLanguage language = state().effectiveQueryLanguage(exec.request().stateMachine().defaultQueryLanguage());
        return language == QueryLanguage.JSONATA ? JsonataFlow.INSTANCE : JsonPathFlow.INSTANCE;
    }

    /** Makes {@code value} this visit's context object, whatever the execution would have built. */
    final void giveContext(JsonNode value) {
        givenContext = value;
    }

    /** Forgets the context object, e.g. after a retry changed State.RetryCount. */
    final void contextChanged() {
        context = null;
    }

    /** State.RetryCount for states that retry; null for the others. */
    @Nullable Integer retryCount() {
        return null;
    }

    /** The current attempt's task token ({@code $$.Task.Token}) for Tasks that wait for a callback; else null. */
    @Nullable String taskToken() {
        return null;
    }

    final PathScope scope(JsonNode value) {
        return PathScope.lazy(value, this::context, strand.variables);
    }

    /** Leaves the state: the exited event (with the assigned variables), the assignments, the transition. */
    final void exit(JsonNode output, Map<String, JsonNode> assigned, @Nullable String next) {
        exec.checkPayload(output, name);
        Map<String, Long> sizes = VariableLimits.check(strand.variables, assigned, name);
        EventType type = exitedType();
        if (type != null) {
            ObjectNode details = exec.details();
            details.put("name", name);
            details.set("output", output);
            details.set("outputDetails", ExecutionRun.NOT_TRUNCATED);
            if (!assigned.isEmpty()) {
                ObjectNode variables = details.putObject("assignedVariables");
                assigned.forEach(variables::set);
                details.set("assignedVariablesDetails", ExecutionRun.NOT_TRUNCATED);
            }
            exec.emit(strand, type, details);
        }
        strand.variables.assignAll(assigned, sizes);
        strand.active = null;
        exec.scheduler().next(() -> exec.transition(strand, next, output));
    }

    /**
     * A failure this state does not handle: the strand fails. States that retry or catch override this. A Task
     * whose failure ends its Parallel branch records TaskStateAborted after its failure event, off the branch's
     * chain, as AWS does: the Parallel's next event still follows the failure.
     */
    void failed(@Nullable String error, @Nullable String cause) {
        if (strand.branch != null && abortedType() == EventType.TASK_STATE_ABORTED) {
            exec.emitAfter(strand, strand.last, EventType.TASK_STATE_ABORTED, null);
        }
        strand.active = null;
        exec.failStrand(strand, error, cause);
    }
}
