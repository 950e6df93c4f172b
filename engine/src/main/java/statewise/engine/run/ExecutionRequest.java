package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.StateMachine;

/**
 * Everything an execution needs: the definition, the input, who it runs as, and how. Start from {@link #of} and
 * change what differs with the {@code withX} methods.
 *
 * @param startTime   when the execution starts (the virtual clock's origin; the real time for REAL clocks)
 * @param synchronous started as AWS's StartSyncExecution does (Express only): the caller waits for the result
 * @param behaviour   which day's AWS to behave like ({@link AwsBehaviour#CURRENT} unless replaying a recording)
 * @param activities  the activities that exist ({@link Activities#ANY} unless the workspace declares them)
 * @param start       where the execution starts when not at {@code StartAt} (re-running from a state), or null
 */
public record ExecutionRequest(StateMachine stateMachine, JsonNode input, ExecutionIdentity identity,
        WorkflowType type, ClockMode clock, Instant startTime, TaskResolver resolver, Limits limits,
        boolean synchronous, AwsBehaviour behaviour, Activities activities, @Nullable StartPoint start) {

    /** Refuses a start point the state machine has no top-level state for (check {@link StartPoint#problem}). */
    public ExecutionRequest {
        if (start != null) {
            String problem = start.problem(stateMachine).orElse(null);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
        }
    }

    /**
     * A local run, the start of every request (change the rest with the {@code withX} methods): a standard
     * workflow on the virtual clock starting now, with echoing tasks and local limits, behaving as AWS does today,
     * where every activity exists, starting at {@code StartAt}.
     */
    public static ExecutionRequest of(StateMachine stateMachine, JsonNode input) {
        return new ExecutionRequest(stateMachine, input, ExecutionIdentity.local("statewise", "local"),
                WorkflowType.STANDARD, ClockMode.VIRTUAL, Instant.now(), TaskResolver.ECHO, Limits.LOCAL, false,
                AwsBehaviour.CURRENT, Activities.ANY, null);
    }

    /** The same request on another input (for a start point, the input that state receives). */
    public ExecutionRequest withInput(JsonNode value) {
        return new ExecutionRequest(stateMachine, value, identity, type, clock, startTime, resolver, limits,
                synchronous, behaviour, activities, start);
    }

    public ExecutionRequest withResolver(TaskResolver value) {
        return new ExecutionRequest(stateMachine, input, identity, type, clock, startTime, value, limits, synchronous,
                behaviour, activities, start);
    }

    public ExecutionRequest withIdentity(ExecutionIdentity value) {
        return new ExecutionRequest(stateMachine, input, value, type, clock, startTime, resolver, limits, synchronous,
                behaviour, activities, start);
    }

    public ExecutionRequest withType(WorkflowType value) {
        return new ExecutionRequest(stateMachine, input, identity, value, clock, startTime, resolver, limits,
                synchronous, behaviour, activities, start);
    }

    public ExecutionRequest withClock(ClockMode value) {
        return new ExecutionRequest(stateMachine, input, identity, type, value, startTime, resolver, limits,
                synchronous, behaviour, activities, start);
    }

    public ExecutionRequest withStartTime(Instant value) {
        return new ExecutionRequest(stateMachine, input, identity, type, clock, value, resolver, limits, synchronous,
                behaviour, activities, start);
    }

    public ExecutionRequest withLimits(Limits value) {
        return new ExecutionRequest(stateMachine, input, identity, type, clock, startTime, resolver, value,
                synchronous, behaviour, activities, start);
    }

    /** Behaves as AWS did on a given day (see {@link AwsBehaviour}). */
    public ExecutionRequest withBehaviour(AwsBehaviour value) {
        return new ExecutionRequest(stateMachine, input, identity, type, clock, startTime, resolver, limits,
                synchronous, value, activities, start);
    }

    /** Only {@code value}'s activities exist: a Task of another activity fails before it is scheduled. */
    public ExecutionRequest withActivities(Activities value) {
        return new ExecutionRequest(stateMachine, input, identity, type, clock, startTime, resolver, limits,
                synchronous, behaviour, value, start);
    }

    /** Started as StartSyncExecution (an Express workflow whose caller waits for the result). */
    public ExecutionRequest withSynchronous(boolean value) {
        return new ExecutionRequest(stateMachine, input, identity, type, clock, startTime, resolver, limits, value,
                behaviour, activities, start);
    }

    /**
     * Starts at {@code value}'s state (with its variables) instead of {@code StartAt}, or at {@code StartAt} when
     * null; the input is what that state receives.
     *
     * @throws IllegalArgumentException when the state machine has no such top-level state
     */
    public ExecutionRequest withStart(@Nullable StartPoint value) {
        return new ExecutionRequest(stateMachine, input, identity, type, clock, startTime, resolver, limits,
                synchronous, behaviour, activities, value);
    }
}
