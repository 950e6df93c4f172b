package statewise.engine.run;

import java.time.Duration;

/**
 * Reads a resolver's answer for the pattern of the Task that asked. A task that waits (callback, activity,
 * {@code .sync}) takes a plain success as its answer, as AWS Step Functions Local does with a mocked response, and a
 * timeout as nobody answering; a plain failure means its request failed. A task that does not wait takes an
 * acceptance as the success of its request.
 */
final class TaskSubmission {

    private TaskSubmission() {
    }

    /** The outcome of a waiting task's request: a {@link TaskOutcome.Pending}, or the failure of the request. */
    static TaskOutcome pending(TaskOutcome outcome) {
        if (outcome instanceof TaskOutcome.Success) {
            return TaskOutcome.answered(null, null, outcome, Duration.ZERO);
        }
        if (outcome instanceof TaskOutcome.TimedOut) {
            return TaskOutcome.pending(null, null);
        }
        return outcome;
    }

    /** The outcome of a task that does not wait: an acceptance is read as the success of the request. */
    static TaskOutcome immediate(TaskOutcome outcome) {
        if (outcome instanceof TaskOutcome.Pending pending) {
            return TaskOutcome.success(pending.submitted() != null ? pending.submitted()
                    : ExecutionRun.NODES.objectNode());
        }
        return outcome;
    }
}
