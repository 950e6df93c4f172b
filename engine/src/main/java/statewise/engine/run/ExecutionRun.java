package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.StateMachine;
import statewise.engine.run.history.EventType;
import statewise.engine.run.history.HistoryListener;

/**
 * One execution in progress: its scheduler, history and context object, and the rules that tie strands, states
 * and the execution's own start and end together. Created and run by {@link Interpreter}.
 */
final class ExecutionRun {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** {@code {"truncated": false}}: Statewise never truncates payloads in history. Shared, read-only. */
    static final ObjectNode NOT_TRUNCATED = NODES.objectNode().put("truncated", false);

    private final ExecutionRequest request;
    private final Scheduler scheduler;
    private final HistoryRecorder history;
    private final ContextObject contextObject;
    private final PayloadLimit payloadLimit;
    private final SplittableRandom random;
    private final Map<String, Integer> invocations = new HashMap<>();
    private final DebugHooks hooks;
    private final CallbackHub callbacks;
    /** The state whose step runs now, for the debugger's view of an event. */
    private @Nullable StateRun current;
    private ExecutionStatus status = ExecutionStatus.RUNNING;
    private @Nullable JsonNode output;
    private @Nullable String error;
    private @Nullable String cause;

    ExecutionRun(ExecutionRequest request, List<HistoryListener> listeners, DebugHooks hooks) {
        this(request, listeners, hooks, null);
    }

    /** An execution whose waiting tasks a person may answer through {@code answers}. */
    ExecutionRun(ExecutionRequest request, List<HistoryListener> listeners, DebugHooks hooks,
            @Nullable TaskCallbacks answers) {
        this.request = request;
        this.hooks = hooks;
        ExecutionClock clock = new ExecutionClock(request.clock(), request.startTime(), hooks);
        this.scheduler = new Scheduler(clock);
        this.history = new HistoryRecorder(clock, listeners, request.limits().maxHistoryEvents());
        this.contextObject = new ContextObject(request);
        this.payloadLimit = new PayloadLimit(request.limits().maxPayloadBytes());
        this.random = new SplittableRandom(request.identity().executionArn().hashCode());
        this.callbacks = new CallbackHub(answers, hooks, request.identity().executionArn(request.type()));
        scheduler.outside(callbacks);
    }

    ExecutionResult run() throws InterruptedException {
        ObjectNode started = details();
        started.set("input", request.input());
        started.set("inputDetails", NOT_TRUNCATED);
        started.put("roleArn", request.identity().roleArn());
        history.record(EventType.EXECUTION_STARTED, 0, started);
        scheduleTimeout();
        StateMachine machine = request.stateMachine();
        Strand root = Strand.execution(machine, new ExecutionEnd());
        StartPoint start = request.start();
        if (start != null) {
            Map<String, Long> sizes = new HashMap<>();
            start.variables().forEach((name, value) -> sizes.put(name, PayloadLimit.exactSize(value)));
            root.variables.assignAll(start.variables(), sizes);
        }
        enter(root, start == null ? machine.startAt() : start.stateName(), request.input());
        try {
            while (status == ExecutionStatus.RUNNING && scheduler.runOne()) {
                hooks.checkStop();
                if (history.full() && status == ExecutionStatus.RUNNING) {
                    failStrand(root, ErrorNames.RUNTIME, "The execution history exceeded the limit of "
                            + request.limits().maxHistoryEvents() + " events.");
                }
            }
        } catch (DebugHooks.Aborted e) {
            aborted();
        } finally {
            callbacks.closeAll();
        }
        return new ExecutionResult(status, output, error, cause, history.events());
    }

    private void aborted() {
        status = ExecutionStatus.ABORTED;
        scheduler.clear();
        history.record(EventType.EXECUTION_ABORTED, history.events().size(), null);
    }

    private void scheduleTimeout() {
        Long seconds = request.stateMachine().timeoutSeconds();
        if (request.type() == WorkflowType.EXPRESS) {
            long express = request.limits().maxExpressSeconds();
            seconds = seconds == null ? express : Math.min(seconds, express);
        }
        if (seconds != null) {
            scheduler.after(Duration.ofSeconds(seconds), this::timedOut);
        }
    }

    private void timedOut() {
        if (status != ExecutionStatus.RUNNING) {
            return;
        }
        status = ExecutionStatus.TIMED_OUT;
        error = ErrorNames.TIMEOUT;
        ObjectNode details = details();
        details.put("error", ErrorNames.TIMEOUT);
        history.record(EventType.EXECUTION_TIMED_OUT, history.events().size(), details);
        scheduler.clear();
    }

    /** Starts the strand's visit to state {@code name} with {@code input}. */
    void enter(Strand strand, @Nullable String name, JsonNode input) {
        if (name == null || !strand.graph.states().containsKey(name)) {
            failStrand(strand, ErrorNames.RUNTIME, "The state '" + name + "' does not exist.");
            return;
        }
        StateRuns.create(this, strand, name, strand.graph.states().get(name), input).start();
    }

    /** After a state: on to {@code next}, or the strand's end when there is no next state. */
    void transition(Strand strand, @Nullable String next, JsonNode output) {
        if (strand.cancelled) {
            return;
        }
        if (next == null) {
            strand.owner.succeeded(strand, output);
        } else {
            enter(strand, next, output);
        }
    }

    /**
     * Stops a strand whose Parallel or Map ended early: its state in progress records its aborted event (Task,
     * Wait, Parallel, Map states have one) and stops its own children in turn.
     */
    void cancel(Strand strand) {
        if (strand.cancelled) {
            return;
        }
        strand.cancelled = true;
        StateRun active = strand.active;
        if (active != null) {
            active.cancelChildren();
            EventType aborted = active.abortedType();
            if (aborted != null) {
                emit(strand, aborted, null);
            }
            strand.active = null;
        }
    }

    void failStrand(Strand strand, @Nullable String error, @Nullable String cause) {
        if (!strand.cancelled) {
            strand.owner.failed(strand, error, cause);
        }
    }

    /** Records an event following the strand's latest and makes it the strand's latest. */
    long emit(Strand strand, EventType type, @Nullable ObjectNode details) {
        long id = strand.recorded ? record(type, strand.last, details)
                : history.recordChild(strand.where, type, strand.last, details);
        strand.last = id;
        return id;
    }

    private long record(EventType type, long previous, @Nullable ObjectNode details) {
        long id = history.record(type, previous, details);
        hooks.afterEvent(history.events().get((int) id - 1), current);
        return id;
    }

    /**
     * Records an event of {@code strand} following {@code previous} without moving the strand's chain (AWS
     * links some events, such as MapStateSucceeded, off the chain). Events of strands that belong to a child
     * execution are not recorded, only announced to the listeners that want them.
     */
    long emitAfter(Strand strand, long previous, EventType type, @Nullable ObjectNode details) {
        return strand.recorded ? record(type, previous, details)
                : history.recordChild(strand.where, type, previous, details);
    }

    /** Notes which state's step runs now. */
    void enterStep(StateRun run) {
        current = run;
    }

    DebugHooks hooks() {
        return hooks;
    }

    ObjectNode details() {
        return NODES.objectNode();
    }

    /** Whether {@code value} is larger than a payload may be. */
    boolean exceedsPayloadLimit(JsonNode value) {
        return payloadLimit.exceeded(value);
    }

    /** Fails with States.DataLimitExceeded when {@code value} is larger than the payload limit. */
    void checkPayload(JsonNode value, String stateName) {
        if (payloadLimit.exceeded(value)) {
            throw new StatesError(ErrorNames.DATA_LIMIT_EXCEEDED, "The state/task '" + stateName + "' returned a"
                    + " result with a size exceeding the maximum number of bytes service limit.");
        }
    }

    /** How many times {@code stateName} invoked its resource before, counting this call next time. */
    int nextInvocation(String stateName) {
        return invocations.merge(stateName, 1, Integer::sum) - 1;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    CallbackHub callbacks() {
        return callbacks;
    }

    ContextObject contextObject() {
        return contextObject;
    }

    ExecutionRequest request() {
        return request;
    }

    SplittableRandom random() {
        return random;
    }

    /** The execution's own strand ends the execution. */
    private final class ExecutionEnd implements Strand.Owner {
        @Override
        public void succeeded(Strand strand, JsonNode result) {
            ObjectNode details = details();
            details.set("output", result);
            details.set("outputDetails", NOT_TRUNCATED);
            emit(strand, EventType.EXECUTION_SUCCEEDED, details);
            status = ExecutionStatus.SUCCEEDED;
            output = result;
            scheduler.clear();
        }

        @Override
        public void failed(Strand strand, @Nullable String failure, @Nullable String reason) {
            ObjectNode details = details();
            if (failure != null) {
                details.put("error", failure);
            }
            if (reason != null) {
                details.put("cause", reason);
            }
            emit(strand, EventType.EXECUTION_FAILED, details);
            status = ExecutionStatus.FAILED;
            error = failure;
            cause = reason;
            scheduler.clear();
        }
    }
}
