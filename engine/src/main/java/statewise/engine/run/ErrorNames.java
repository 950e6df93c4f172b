package statewise.engine.run;

/** The error names Step Functions itself raises (ASL "predefined error codes"). */
final class ErrorNames {

    static final String ALL = "States.ALL";
    static final String TASK_FAILED = "States.TaskFailed";
    static final String TIMEOUT = "States.Timeout";
    static final String HEARTBEAT_TIMEOUT = "States.HeartbeatTimeout";
    static final String RUNTIME = "States.Runtime";
    static final String DATA_LIMIT_EXCEEDED = "States.DataLimitExceeded";
    static final String NO_CHOICE_MATCHED = "States.NoChoiceMatched";
    static final String BRANCH_FAILED = "States.BranchFailed";
    static final String PERMISSIONS = "States.Permissions";
    static final String EXCEED_TOLERATED_FAILURE_THRESHOLD = "States.ExceedToleratedFailureThreshold";
    static final String RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure";
    static final String PARAMETER_PATH_FAILURE = "States.ParameterPathFailure";
    static final String INTRINSIC_FAILURE = "States.IntrinsicFailure";
    static final String QUERY_EVALUATION_ERROR = "States.QueryEvaluationError";

    private ErrorNames() {
    }

    /**
     * Whether a retrier's or catcher's {@code ErrorEquals} name matches {@code error}. AWS: States.ALL "matches
     * any known error name", States.TaskFailed "any known error name except for States.Timeout". States.Runtime is
     * never caught, not even by its own name (recorded: a Catch on States.Runtime does not stop the execution
     * failing). States.DataLimitExceeded is terminal too, so no wildcard matches it, except when a task's result was
     * too large: that is a failure of the task, which States.ALL catches (recorded for Lambda functions and
     * {@code lambda:invoke}).
     *
     * @param byTask whether the task's resource failed (a task failure event), rather than the state itself
     */
    static boolean matches(String name, String error, boolean byTask) {
        if (error.equals(RUNTIME)) {
            return false;
        }
        if (name.equals(error)) {
            return true;
        }
        if (error.equals(DATA_LIMIT_EXCEEDED) && !byTask) {
            return false;
        }
        return name.equals(ALL) || name.equals(TASK_FAILED) && !error.equals(TIMEOUT);
    }
}
