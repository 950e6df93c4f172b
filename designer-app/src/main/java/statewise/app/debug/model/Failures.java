package statewise.app.debug.model;

import java.util.EnumSet;
import java.util.Set;
import statewise.engine.run.history.EventType;

/** Which history events report a failed attempt of a state, and which start a new attempt (a retry). */
final class Failures {

    private static final Set<EventType> FAILURES = EnumSet.of(EventType.TASK_FAILED, EventType.TASK_TIMED_OUT,
            EventType.TASK_START_FAILED, EventType.TASK_SUBMIT_FAILED, EventType.LAMBDA_FUNCTION_FAILED,
            EventType.LAMBDA_FUNCTION_TIMED_OUT, EventType.LAMBDA_FUNCTION_START_FAILED,
            EventType.LAMBDA_FUNCTION_SCHEDULE_FAILED, EventType.ACTIVITY_FAILED, EventType.ACTIVITY_TIMED_OUT,
            EventType.ACTIVITY_SCHEDULE_FAILED, EventType.PARALLEL_STATE_FAILED, EventType.MAP_STATE_FAILED,
            EventType.MAP_RUN_FAILED, EventType.EVALUATION_FAILED);

    private static final Set<EventType> RETRY_STARTS = EnumSet.of(EventType.TASK_SCHEDULED,
            EventType.LAMBDA_FUNCTION_SCHEDULED, EventType.ACTIVITY_SCHEDULED, EventType.PARALLEL_STATE_STARTED,
            EventType.MAP_STATE_STARTED);

    private Failures() {
    }

    static boolean isFailure(EventType type) {
        return FAILURES.contains(type);
    }

    static boolean isRetryStart(EventType type) {
        return RETRY_STARTS.contains(type);
    }
}
