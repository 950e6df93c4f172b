package statewise.engine.run;

/**
 * How time passes in an execution. {@link #VIRTUAL}: waits and retry back-off cost no real time, but timestamps
 * advance as if they had passed (the default: fast and deterministic). {@link #REAL}: the execution waits for real.
 */
public enum ClockMode {
    VIRTUAL,
    REAL
}
