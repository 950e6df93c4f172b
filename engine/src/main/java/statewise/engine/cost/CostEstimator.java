package statewise.engine.cost;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.engine.replay.HistoryScopes;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.history.EventType;
import statewise.engine.run.history.HistoryEvent;

/**
 * Estimates what one execution costs on AWS Step Functions, from its history alone, so it works the same for a
 * local run and for an execution imported from AWS.
 *
 * <p>Standard: AWS's pricing page says "Step Functions counts a state transition each time a step of your workflow
 * is executed" and "each retry will be charged as an additional state transition"
 * (<a href="https://aws.amazon.com/step-functions/pricing/">aws.amazon.com/step-functions/pricing</a>). So every
 * {@code …StateEntered} event counts once (each loop pass, each Map iteration's states, each Parallel branch's
 * states), and every retry once more: a Task's second and later {@code …Scheduled} events in one visit, a
 * Parallel's or Map's second and later {@code …StateStarted} events. A distributed Map's child executions are
 * executions of their own, billed separately, and are not in a parent's history.
 *
 * <p>Express: one request, plus duration "rounded up to the nearest 100ms" at memory "billed in 64-MB chunks"
 * (same page); an execution is billed at least 100 ms. A local run's duration is its virtual clock's: Waits and
 * retry back-off count, task work takes no time unless the run used real time. When the user gives no memory
 * figure it is estimated with AWS's pricing-example formula "Workflow memory utilized = 50 MB + state machine
 * definition size + execution data size x Number of Parallel or Map Steps": here the execution data of each
 * Map iteration and Parallel branch is the input of its first state (the execution's input when the workflow has
 * no Map or Parallel state).
 */
public final class CostEstimator {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal MB_PER_GB = BigDecimal.valueOf(1_024);
    private static final BigDecimal MILLIS_PER_HOUR = BigDecimal.valueOf(3_600_000);
    private static final BigDecimal BYTES_PER_MB = BigDecimal.valueOf(1_024 * 1_024);
    private static final BigDecimal BASE_MEMORY_MB = BigDecimal.valueOf(50);
    private static final long BILLED_MILLIS_STEP = 100;
    private static final long BILLED_MB_STEP = 64;
    private static final int MONEY_SCALE = 10;
    private static final Set<EventType> RUN_AGAIN = Set.of(EventType.TASK_SCHEDULED,
            EventType.LAMBDA_FUNCTION_SCHEDULED, EventType.ACTIVITY_SCHEDULED, EventType.PARALLEL_STATE_STARTED,
            EventType.MAP_STATE_STARTED);

    private CostEstimator() {
    }

    /**
     * The estimate for {@code result}'s history.
     *
     * @param definitionBytes the size of the definition's text in UTF-8 bytes, for the Express memory estimate
     */
    public static CostEstimate estimate(ExecutionResult result, long definitionBytes, Rates rates) {
        List<HistoryEvent> history = result.history();
        HistoryScopes scopes = HistoryScopes.of(history);
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<Long, Integer> runsByVisit = new LinkedHashMap<>();
        for (HistoryScopes.Visit visit : scopes.visits()) {
            counts.computeIfAbsent(visit.state(), k -> new long[2])[0]++;
        }
        for (HistoryEvent event : history) {
            HistoryScopes.Visit visit = scopes.visitOf(event);
            if (visit != null && RUN_AGAIN.contains(event.type())
                    && runsByVisit.merge(visit.entered().id(), 1, Integer::sum) > 1) {
                counts.get(visit.state())[1]++;
            }
        }
        BigDecimal perTransition = rates.standardPerThousandTransitions().divide(THOUSAND, MathContext.DECIMAL64);
        List<StateCost> states = counts.entrySet().stream().map(e -> new StateCost(e.getKey(), e.getValue()[0],
                e.getValue()[1], money(perTransition.multiply(BigDecimal.valueOf(e.getValue()[0] + e.getValue()[1])))))
                .toList();
        long transitions = states.stream().mapToLong(StateCost::transitions).sum();
        boolean distributed = history.stream().anyMatch(e -> e.type() == EventType.MAP_RUN_STARTED);
        return new CostEstimate(transitions, states, money(perTransition.multiply(BigDecimal.valueOf(transitions))),
                express(history, scopes, definitionBytes, rates), rates, distributed);
    }

    private static ExpressCost express(List<HistoryEvent> history, HistoryScopes scopes, long definitionBytes,
            Rates rates) {
        long millis = history.isEmpty() ? 0 : Math.max(0, Duration.between(history.get(0).timestamp(),
                history.get(history.size() - 1).timestamp()).toMillis());
        long billedMillis = Math.max(BILLED_MILLIS_STEP, roundUp(millis, BILLED_MILLIS_STEP));
        boolean estimated = rates.expressMemoryMb() == null;
        BigDecimal memoryMb = estimated ? estimatedMemoryMb(history, scopes, definitionBytes)
                : BigDecimal.valueOf(rates.expressMemoryMb());
        long billedMb = Math.max(BILLED_MB_STEP, roundUp(memoryMb.setScale(0, RoundingMode.CEILING).longValueExact(),
                BILLED_MB_STEP));
        BigDecimal gbSeconds = BigDecimal.valueOf(billedMb).divide(MB_PER_GB, MathContext.DECIMAL64)
                .multiply(BigDecimal.valueOf(billedMillis)).divide(THOUSAND, MathContext.DECIMAL64);
        BigDecimal durationCost = rates.expressPerGbHour().multiply(BigDecimal.valueOf(billedMb))
                .multiply(BigDecimal.valueOf(billedMillis))
                .divide(MB_PER_GB.multiply(MILLIS_PER_HOUR), MathContext.DECIMAL64);
        BigDecimal requestCost = rates.expressPerMillionRequests().divide(MILLION, MathContext.DECIMAL64);
        return new ExpressCost(millis, billedMillis, memoryMb.setScale(3, RoundingMode.HALF_UP), estimated, billedMb,
                gbSeconds.stripTrailingZeros(), money(requestCost), money(durationCost));
    }

    /** 50 MB, plus the definition, plus the payload of each Map iteration and Parallel branch. */
    private static BigDecimal estimatedMemoryMb(List<HistoryEvent> history, HistoryScopes scopes,
            long definitionBytes) {
        Map<String, Long> firstInputByStrand = new LinkedHashMap<>();
        for (HistoryScopes.Visit visit : scopes.visits()) {
            if (!visit.strand().isEmpty()) {
                firstInputByStrand.putIfAbsent(visit.strand(), size(visit.input()));
            }
        }
        long data = firstInputByStrand.values().stream().mapToLong(Long::longValue).sum();
        if (firstInputByStrand.isEmpty()) {
            data = history.stream().filter(e -> e.type() == EventType.EXECUTION_STARTED && e.details() != null)
                    .mapToLong(e -> size(e.details().get("input"))).findFirst().orElse(0);
        }
        return BASE_MEMORY_MB.add(BigDecimal.valueOf(definitionBytes + data).divide(BYTES_PER_MB,
                MathContext.DECIMAL64));
    }

    private static long size(@Nullable JsonNode value) {
        return value == null ? 0 : value.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    private static long roundUp(long value, long step) {
        return (value + step - 1) / step * step;
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(MONEY_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
