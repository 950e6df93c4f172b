package statewise.engine.validate;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.model.Expressible;
import statewise.engine.model.ItemBatcher;
import statewise.engine.model.MapState;
import statewise.engine.model.ReaderConfig;
import statewise.engine.model.Retrier;
import statewise.engine.model.StateMachine;
import statewise.engine.model.TaskState;
import statewise.engine.model.WaitState;

/**
 * Literal numbers stay within the ranges AWS accepts ("Minimum value is 0", "Maximum value is 100.0"). JSONata
 * expressions and {@code ${}} placeholders are checked when they are evaluated, not here.
 *
 * <p>ASL: TimeoutSeconds and HeartbeatSeconds "MUST be positive, non-zero integers", HeartbeatSeconds "MUST be
 * smaller than TimeoutSeconds"; IntervalSeconds "MUST be a positive integer", MaxAttempts "MUST be a non-negative
 * integer", BackoffRate "MUST be greater than or equal to 1.0", MaxDelaySeconds "MUST be a positive integer";
 * MaxConcurrency and ToleratedFailureCount are non-negative, ToleratedFailurePercentage between 0 and 100.
 */
final class NumericRanges implements StateRule {

    static final long MAX_SECONDS = 99_999_999;
    static final long MAX_DELAY_SECONDS = 31_622_400;
    static final long MAX_READER_ITEMS = 100_000_000;

    @Override
    public void checkState(ValidationContext context, StateVisit v) {
        if (v.state() instanceof TaskState task) {
            task(context, v, task);
        } else if (v.state() instanceof WaitState wait) {
            range(context, literal(wait.seconds()), 0, MAX_SECONDS, v.field("Seconds"));
        } else if (v.state() instanceof MapState map) {
            map(context, v, map);
        }
        List<Retrier> retry = v.state().retry();
        if (retry != null) {
            for (int i = 0; i < retry.size(); i++) {
                retrier(context, retry.get(i), v.field("Retry") + "/" + i);
            }
        }
    }

    /** The state machine's own {@code TimeoutSeconds}. */
    static final class MachineTimeout implements Rule {

        @Override
        public void check(ValidationContext context) {
            StateMachine machine = context.machine();
            if (machine != null && machine.timeoutSeconds() != null) {
                range(context, machine.timeoutSeconds(), 1, MAX_SECONDS, "/TimeoutSeconds");
            }
        }
    }

    private static void task(ValidationContext context, StateVisit v, TaskState task) {
        Long timeout = literal(task.timeoutSeconds());
        Long heartbeat = literal(task.heartbeatSeconds());
        range(context, timeout, 1, MAX_SECONDS, v.field("TimeoutSeconds"));
        range(context, heartbeat, 1, MAX_SECONDS, v.field("HeartbeatSeconds"));
        if (timeout != null && heartbeat != null && heartbeat >= timeout) {
            context.report(DiagnosticCode.INVALID_VALUE, "'HeartbeatSeconds' (" + heartbeat + ") must be smaller than"
                    + " 'TimeoutSeconds' (" + timeout + ").", v.field("HeartbeatSeconds"));
        }
    }

    private static void map(ValidationContext context, StateVisit v, MapState map) {
        range(context, literal(map.maxConcurrency()), 0, Long.MAX_VALUE, v.field("MaxConcurrency"));
        range(context, literal(map.toleratedFailureCount()), 0, Long.MAX_VALUE, v.field("ToleratedFailureCount"));
        BigDecimal percentage = literal(map.toleratedFailurePercentage());
        if (percentage != null && (percentage.signum() < 0 || percentage.compareTo(BigDecimal.valueOf(100)) > 0)) {
            context.report(DiagnosticCode.INVALID_VALUE, (percentage.signum() < 0 ? "Minimum value is 0.0"
                    : "Maximum value is 100.0") + " for 'ToleratedFailurePercentage'.",
                    v.field("ToleratedFailurePercentage"));
        }
        ReaderConfig reader = map.itemReader() == null ? null : map.itemReader().readerConfig();
        if (reader != null) {
            range(context, literal(reader.maxItems()), 0, MAX_READER_ITEMS,
                    v.field("ItemReader") + "/ReaderConfig/MaxItems");
        }
        ItemBatcher batcher = map.itemBatcher();
        if (batcher != null) {
            range(context, literal(batcher.maxItemsPerBatch()), 0, Long.MAX_VALUE,
                    v.field("ItemBatcher") + "/MaxItemsPerBatch");
            range(context, literal(batcher.maxInputBytesPerBatch()), 0, Long.MAX_VALUE,
                    v.field("ItemBatcher") + "/MaxInputBytesPerBatch");
        }
    }

    private static void retrier(ValidationContext context, Retrier r, String pointer) {
        range(context, r.intervalSeconds(), 1, MAX_SECONDS, pointer + "/IntervalSeconds");
        range(context, r.maxAttempts(), 0, MAX_SECONDS, pointer + "/MaxAttempts");
        range(context, r.maxDelaySeconds(), 1, MAX_DELAY_SECONDS, pointer + "/MaxDelaySeconds");
        if (r.backoffRate() != null && r.backoffRate().compareTo(BigDecimal.ONE) < 0) {
            context.report(DiagnosticCode.INVALID_VALUE, "Minimum value is 1.0 for 'BackoffRate'.",
                    pointer + "/BackoffRate");
        }
    }

    private static void range(ValidationContext context, @Nullable Long value, long min, long max, String pointer) {
        if (value == null) {
            return;
        }
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        if (value < min) {
            context.report(DiagnosticCode.INVALID_VALUE, "Minimum value is " + min + " for '" + field + "'.", pointer);
        } else if (value > max) {
            context.report(DiagnosticCode.INVALID_VALUE, "Maximum value is " + max + " for '" + field + "'.", pointer);
        }
    }

    private static <T> @Nullable T literal(@Nullable Expressible<T> value) {
        return value instanceof Expressible.Literal<T> literal ? literal.value() : null;
    }
}
