package statewise.engine.run;

/**
 * The service limits an execution enforces, as AWS does, and the safety limits of local runs. All configurable:
 * locally one may want a loop to run longer than AWS would let it.
 *
 * @param maxPayloadBytes   largest state input, output or task result, in UTF-8 bytes (AWS: 256 KiB) before
 *                          {@code States.DataLimitExceeded}
 * @param maxHistoryEvents  most history events (AWS: 25,000); past it the execution fails
 * @param maxExpressSeconds how long an EXPRESS execution may run (AWS: 5 minutes)
 */
public record Limits(int maxPayloadBytes, int maxHistoryEvents, long maxExpressSeconds) {

    public static final Limits AWS = new Limits(262_144, 25_000, 300);

    /** Local work: AWS's payload limit, but histories and loops as long as memory allows. */
    public static final Limits LOCAL = new Limits(262_144, Integer.MAX_VALUE, 300);

    public Limits withMaxHistoryEvents(int value) {
        return new Limits(maxPayloadBytes, value, maxExpressSeconds);
    }
}
