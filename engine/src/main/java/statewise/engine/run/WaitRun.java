package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.State;
import statewise.engine.model.WaitState;
import statewise.engine.query.AslTimestamps;
import statewise.engine.query.JsonataEvaluator.Expected;
import statewise.engine.query.QueryFailure;
import statewise.engine.run.history.EventType;

/**
 * A Wait state: pauses for {@code Seconds} or until {@code Timestamp} (or their {@code ...Path} forms), on the
 * execution's clock, then passes its input on. Error texts are AWS's.
 */
final class WaitRun extends StateRun {

    private final WaitState wait;

    WaitRun(ExecutionRun exec, Strand strand, String name, WaitState wait, JsonNode input) {
        super(exec, strand, name, input);
        this.wait = wait;
    }

    @Override
    State state() {
        return wait;
    }

    @Override
    EventType enteredType() {
        return EventType.WAIT_STATE_ENTERED;
    }

    @Override
    EventType exitedType() {
        return EventType.WAIT_STATE_EXITED;
    }

    @Override
    EventType abortedType() {
        return EventType.WAIT_STATE_ABORTED;
    }

    @Override
    void evaluate() {
        DataFlow flow = flow();
        JsonNode effective = flow.effectiveInput(this);
        Duration delay = flow.hasInputPath() ? pathDelay(flow, effective) : jsonataDelay(flow, effective);
        exec.scheduler().after(delay.isNegative() ? Duration.ZERO : delay, () -> guarded(() -> {
            DataFlow.Leaving leaving = flow.leave(this, effective, null);
            exit(leaving.output(), leaving.assigned(), Boolean.TRUE.equals(wait.end()) ? null : wait.next());
        }));
    }

    /** AWS evaluates a Wait state's fields in a step of its own after the entered event. */
    @Override
    boolean failsInEnteringStep() {
        return false;
    }

    /** JSONPath: Seconds or SecondsPath, Timestamp or TimestampPath. */
    private Duration pathDelay(DataFlow flow, JsonNode effective) {
        if (wait.seconds() != null || wait.secondsPath() != null) {
            String path = wait.secondsPath();
            JsonNode value = read(() -> flow.number(this, wait.seconds(), path, effective, "SecondsPath", true),
                    "The SecondsPath parameter does not reference an input value: " + path);
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw runtime("The SecondsPath parameter cannot be parsed as a long value: " + path + " == " + value);
            }
            if (value.longValue() < 0) {
                throw runtime("The SecondsPath parameter references a negative value: " + path + " == " + value);
            }
            return Duration.ofSeconds(value.longValue());
        }
        if (wait.timestamp() != null) {
            return until(parse(wait.timestamp(), "The Timestamp field cannot be parsed as an ISO-8601 extended"
                    + " offset date-time format string: " + wait.timestamp()));
        }
        if (wait.timestampPath() != null) {
            String path = wait.timestampPath();
            String problem = "The TimestampPath parameter does not reference a valid ISO-8601 extended offset"
                    + " date-time format string: " + path;
            JsonNode value = read(() -> flow.value(this, null, path, effective, "TimestampPath", Expected.ANY),
                    problem);
            String text = value.isTextual() ? value.textValue() : value.toString();
            return until(parse(text, problem + " == " + text));
        }
        return Duration.ZERO;
    }

    /** JSONata: Seconds (a whole number) or Timestamp (a string), each a literal or an expression. */
    private Duration jsonataDelay(DataFlow flow, JsonNode effective) {
        if (wait.seconds() != null) {
            JsonNode value = flow.number(this, wait.seconds(), null, effective, "Seconds", true);
            if (value != null && value.longValue() < 0) {
                throw new QueryFailure(flow.evaluationError(), "The Seconds field references a negative value: "
                        + value, "Seconds");
            }
            return value == null ? Duration.ZERO : Duration.ofSeconds(value.longValue());
        }
        if (wait.timestamp() != null) {
            JsonNode value = flow.value(this, ExecutionRun.NODES.textNode(wait.timestamp()), null, effective,
                    "Timestamp", Expected.STRING);
            String text = value == null ? wait.timestamp() : value.textValue();
            Instant instant = AslTimestamps.parse(text);
            if (instant == null) {
                throw new QueryFailure(flow.evaluationError(), "The Timestamp field cannot be parsed as an ISO-8601"
                        + " extended offset date-time format string: " + text, "Timestamp");
            }
            return until(instant);
        }
        return Duration.ZERO;
    }

    private JsonNode read(Supplier<@Nullable JsonNode> reader, String problem) {
        try {
            JsonNode value = reader.get();
            if (value == null) {
                throw runtime(problem);
            }
            return value;
        } catch (QueryFailure e) {
            throw runtime(problem);
        }
    }

    private Instant parse(String timestamp, String problem) {
        Instant instant = AslTimestamps.parse(timestamp);
        if (instant == null) {
            throw runtime(problem);
        }
        return instant;
    }

    private Duration until(Instant when) {
        return Duration.between(exec.scheduler().clock().now(), when);
    }

    private StatesError runtime(String message) {
        return new StatesError(ErrorNames.RUNTIME, errorPrefix() + message);
    }
}
