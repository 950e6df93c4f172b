package statewise.app.debug.model;

import java.util.Locale;

/**
 * How a state fared in a run, as the canvas colours it. When a state ran several times (a loop, a Map's
 * iterations), the most telling status wins: running, then failed, caught, cancelled, succeeded.
 */
public enum StateStatus {
    NOT_RUN,
    RUNNING,
    SUCCEEDED,
    FAILED,
    /** It failed, and a Catch handled the error. */
    CAUGHT,
    /** It was stopped: its branch or iteration ended early, or the execution stopped or timed out. */
    CANCELLED;

    /** The pseudo-class a node in this status carries, e.g. {@code status-caught}; themes colour it. */
    public String pseudoClass() {
        return "status-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A word for people: {@code not run}, {@code caught}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
