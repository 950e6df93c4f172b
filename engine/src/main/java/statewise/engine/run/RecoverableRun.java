package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.Catcher;
import statewise.engine.model.Retrier;
import statewise.engine.query.QueryFailure;

/**
 * A state that can retry and catch (Task, Parallel, Map). On a failure the first retrier whose ErrorEquals
 * matches decides: while it has attempts left, the state's work starts again after its interval (IntervalSeconds
 * times BackoffRate per earlier attempt, capped by MaxDelaySeconds, randomised by JitterStrategy FULL); when it has
 * none, or no retrier matches, the first matching catcher's state comes next with the error output placed by its
 * ResultPath; with no catcher the strand fails.
 */
abstract class RecoverableRun extends StateRun {

    private int[] attempts = new int[0];
    private int retries;
    /** The query language's data flow, set when the first attempt begins. */
    DataFlow dataFlow = JsonPathFlow.INSTANCE;
    /** The current attempt's effective input. */
    JsonNode effective;

    RecoverableRun(ExecutionRun exec, Strand strand, String name, JsonNode input) {
        super(exec, strand, name, input);
        this.effective = input;
    }

    /** Runs (or re-runs, after a retry) the state's work from its beginning, {@link #effective} being set. */
    abstract void attempt();

    @Override
    final void evaluate() {
        dataFlow = flow();
        effective = dataFlow.effectiveInput(this);
        attempt();
    }

    @Override
    @Nullable Integer retryCount() {
        return retries;
    }

    /** Called once the state gives up (no retry left): Parallel and Map record their failed event here. */
    void givingUp() {
    }

    @Override
    void failed(@Nullable String error, @Nullable String cause) {
        failed(error, cause, false);
    }

    /** The task's resource failed (a task failure event was recorded): see {@link ErrorNames#matches}. */
    final void taskFailed(String error, @Nullable String cause) {
        failed(error, cause, true);
    }

    private void failed(@Nullable String error, @Nullable String cause, boolean byTask) {
        String name = error == null ? "" : error;
        if (retry(name, byTask)) {
            return;
        }
        givingUp();
        List<Catcher> catchers = state().catchers();
        if (catchers != null) {
            for (Catcher catcher : catchers) {
                if (catcher.errorEquals() != null && catcher.errorEquals().stream()
                        .anyMatch(e -> ErrorNames.matches(e, name, byTask))) {
                    caught(catcher, error, cause);
                    return;
                }
            }
        }
        super.failed(error, cause);
    }

    private boolean retry(String error, boolean byTask) {
        List<Retrier> retriers = state().retry();
        if (retriers == null) {
            return false;
        }
        if (attempts.length != retriers.size()) {
            attempts = new int[retriers.size()];
        }
        for (int i = 0; i < retriers.size(); i++) {
            Retrier r = retriers.get(i);
            if (r.errorEquals() != null
                    && r.errorEquals().stream().anyMatch(e -> ErrorNames.matches(e, error, byTask))) {
                long max = r.maxAttempts() == null ? Retrier.DEFAULT_MAX_ATTEMPTS : r.maxAttempts();
                if (attempts[i] >= max) {
                    return false;
                }
                Duration delay = delay(r, attempts[i]);
                attempts[i]++;
                retries++;
                contextChanged();
                exec.scheduler().after(delay, () -> guarded(this::evaluate));
                return true;
            }
        }
        return false;
    }

    private Duration delay(Retrier r, int earlier) {
        double interval = r.intervalSeconds() == null ? Retrier.DEFAULT_INTERVAL_SECONDS : r.intervalSeconds();
        BigDecimal rate = r.backoffRate() == null ? Retrier.DEFAULT_BACKOFF_RATE : r.backoffRate();
        double seconds = interval * Math.pow(rate.doubleValue(), earlier);
        if (r.maxDelaySeconds() != null) {
            seconds = Math.min(seconds, r.maxDelaySeconds());
        }
        if ("FULL".equals(r.jitterStrategy())) {
            seconds = exec.random().nextDouble() * seconds;
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** What a catcher receives: {@code {"Error": ..., "Cause": ...}} with the members that are known. */
    JsonNode errorOutput(@Nullable String error, @Nullable String cause) {
        return JsonPathFlow.errorOutput(error, cause);
    }

    private void caught(Catcher catcher, @Nullable String error, @Nullable String cause) {
        try {
            JsonNode errorOutput = errorOutput(error, cause);
            DataFlow.Leaving leaving = dataFlow.caught(this, catcher, errorOutput);
            exit(leaving.output(), leaving.assigned(), catcher.next());
        } catch (QueryFailure e) {
            evaluationFailed(e);
            super.failed(e.error(), errorPrefix() + e.cause());
        } catch (StatesError e) {
            super.failed(e.error(), e.errorCause());
        }
    }
}
