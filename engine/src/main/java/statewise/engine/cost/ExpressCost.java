package statewise.engine.cost;

import java.math.BigDecimal;

/**
 * What the same execution would cost as an Express workflow: one request plus its duration at its memory.
 *
 * @param durationMillis  the execution's duration, from its first to its last event
 * @param billedMillis    the duration AWS bills: rounded up to the next 100 ms, at least 100 ms
 * @param memoryMb        the memory used, as set in the rates or estimated
 * @param memoryEstimated true when {@code memoryMb} is the estimate, not the user's figure
 * @param billedMemoryMb  the memory AWS bills: rounded up to the next 64 MB
 * @param gbSeconds       billed duration times billed memory, in GB-seconds
 * @param requestCost     the price of the one request
 * @param durationCost    the price of the GB-seconds
 */
public record ExpressCost(long durationMillis, long billedMillis, BigDecimal memoryMb, boolean memoryEstimated,
        long billedMemoryMb, BigDecimal gbSeconds, BigDecimal requestCost, BigDecimal durationCost) {

    public BigDecimal total() {
        return requestCost.add(durationCost);
    }
}
