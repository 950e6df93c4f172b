package statewise.engine.teststate;

/** TestState's {@code status}: how the state ended. */
public enum TestStatus {
    /** The state completed; {@code output} and, unless it ends the workflow, {@code nextState} are set. */
    SUCCEEDED,
    /** The state failed and no catcher took the error. */
    FAILED,
    /** The state failed and a retrier with attempts left would run it again. */
    RETRIABLE,
    /** The state failed and a catcher took the error to {@code nextState}. */
    CAUGHT_ERROR
}
