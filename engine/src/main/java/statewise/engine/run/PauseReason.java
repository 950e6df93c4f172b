package statewise.engine.run;

/** Why an execution paused. */
public enum PauseReason {
    /** A breakpoint on the state about to be entered. */
    BREAKPOINT,
    /** A step finished: one more event, or the next state reached. */
    STEP,
    /** Someone asked it to pause. */
    REQUESTED
}
