package statewise.app.debug.model;

/**
 * What happened to one state in a run, counted over all its visits, with the iterations or branches it started
 * when it is a Map or Parallel state.
 *
 * @param entered             how many times it was entered
 * @param iterationsStarted   Map iterations started (or Parallel branches started)
 * @param iterationsSucceeded Map iterations that succeeded
 * @param iterationsFailed    Map iterations that failed
 * @param iterationsAborted   Map iterations that were aborted
 */
public record StateTally(StateStatus status, int entered, int running, int succeeded, int failed, int caught,
        int cancelled, int iterationsStarted, int iterationsSucceeded, int iterationsFailed,
        int iterationsAborted) {

    public static final StateTally NOT_RUN = new StateTally(StateStatus.NOT_RUN, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Map iterations (or Parallel branches) still running. */
    public int iterationsRunning() {
        return Math.max(0, iterationsStarted - iterationsSucceeded - iterationsFailed - iterationsAborted);
    }

    /** A short line for a node's badge: {@code 3 running · 9,997 ok · 0 failed}, or empty without iterations. */
    public String counters() {
        if (iterationsStarted == 0) {
            return "";
        }
        return String.format("%,d running · %,d ok · %,d failed", iterationsRunning(), iterationsSucceeded,
                iterationsFailed + iterationsAborted);
    }
}
