package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import statewise.engine.model.StateMachine;

/**
 * Everything an execution needs: the definition, the input, who it runs as, and how.
 *
 * @param startTime   when the execution starts (the virtual clock's origin; the real time for REAL clocks)
 * @param synchronous started as AWS's StartSyncExecution does (Express only): the caller waits for the result
 * @param behaviour   which day's AWS to behave like ({@link AwsBehaviour#CURRENT} unless replaying a recording)
 * @param activities  the activities that exist ({@link Activities#ANY} unless the workspace declares them)
 */
public record ExecutionRequest(StateMachine stateMachine, JsonNode input, ExecutionIdentity identity,
        WorkflowType type, ClockMode clock, Instant startTime, TaskResolver resolver, Limits limits,
        boolean synchronous, AwsBehaviour behaviour, Activities activities) {

    /** A request that behaves as AWS does today, where every activity exists. */
    public ExecutionRequest(StateMachine stateMachine, JsonNode input, ExecutionIdentity identity,
            WorkflowType type, ClockMode clock, Instant startTime, TaskResolver resolver, Limits limits,
            boolean synchronous) {
        this(stateMachine, input, identity, type, clock, startTime, resolver, limits, synchronous,
                AwsBehaviour.CURRENT, Activities.ANY);
    }

    /** A local run: standard workflow, virtual clock starting now, echoing tasks, local limits. */
    public static ExecutionRequest of(StateMachine stateMachine, JsonNode input) {
        return new ExecutionRequest(stateMachine, input, ExecutionIdentity.local("statewise", "local"),
                WorkflowType.STANDARD, ClockMode.VIRTUAL, Instant.now(), TaskResolver.ECHO, Limits.LOCAL, false);
    }

    public ExecutionRequest withResolver(TaskResolver value) {
        return new ExecutionRequest(stateMachine, input, identity, type, clock, startTime, value, limits, synchronous,
                behaviour, activities);
    }

    public ExecutionRequest withIdentity(ExecutionIdentity value) {
        return new ExecutionRequest(stateMachine, input, value, type, clock, startTime, resolver, limits, synchronous,
                behaviour, activities);
    }

    public ExecutionRequest withType(WorkflowType value) {
        return new ExecutionRequest(stateMachine, input, identity, value, clock, startTime, resolver, limits,
                synchronous, behaviour, activities);
    }

    public ExecutionRequest withClock(ClockMode value) {
        return new ExecutionRequest(stateMachine, input, identity, type, value, startTime, resolver, limits,
                synchronous, behaviour, activities);
    }

    public ExecutionRequest withStartTime(Instant value) {
        return new ExecutionRequest(stateMachine, input, identity, type, clock, value, resolver, limits, synchronous,
                behaviour, activities);
    }

    public ExecutionRequest withLimits(Limits value) {
        return new ExecutionRequest(stateMachine, input, identity, type, clock, startTime, resolver, value,
                synchronous, behaviour, activities);
    }

    /** Behaves as AWS did on a given day (see {@link AwsBehaviour}). */
    public ExecutionRequest withBehaviour(AwsBehaviour value) {
        return new ExecutionRequest(stateMachine, input, identity, type, clock, startTime, resolver, limits,
                synchronous, value, activities);
    }

    /** Only {@code value}'s activities exist: a Task of another activity fails before it is scheduled. */
    public ExecutionRequest withActivities(Activities value) {
        return new ExecutionRequest(stateMachine, input, identity, type, clock, startTime, resolver, limits,
                synchronous, behaviour, value);
    }

    /** Started as StartSyncExecution (an Express workflow whose caller waits for the result). */
    public ExecutionRequest withSynchronous(boolean value) {
        return new ExecutionRequest(stateMachine, input, identity, type, clock, startTime, resolver, limits, value,
                behaviour, activities);
    }
}
