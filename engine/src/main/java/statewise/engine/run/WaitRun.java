package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import statewise.engine.model.Expressible;
import statewise.engine.model.State;
import statewise.engine.model.WaitState;
import statewise.engine.query.AslTimestamps;
import statewise.engine.query.JsonPathEvaluator;
import statewise.engine.query.PathScope;
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
        JsonNode effective = JsonPathFlow.inputPath(wait.inputPath(), scope(input));
        Duration delay = delay(scope(effective));
        exec.scheduler().after(delay.isNegative() ? Duration.ZERO : delay, () -> guarded(() -> {
            JsonNode output = JsonPathFlow.outputPath(wait.outputPath(), scope(effective));
            Map<String, JsonNode> assigned = JsonPathFlow.assign(wait.assign(), scope(effective));
            exit(output, assigned, Boolean.TRUE.equals(wait.end()) ? null : wait.next());
        }));
    }

    private Duration delay(PathScope scope) {
        if (wait.seconds() instanceof Expressible.Literal<Long> seconds) {
            return Duration.ofSeconds(seconds.value());
        }
        if (wait.secondsPath() != null) {
            return Duration.ofSeconds(secondsAt(wait.secondsPath(), scope));
        }
        if (wait.timestamp() != null) {
            return until(parse(wait.timestamp(), "The Timestamp field cannot be parsed as an ISO-8601 extended"
                    + " offset date-time format string: " + wait.timestamp()));
        }
        if (wait.timestampPath() != null) {
            return until(timestampAt(wait.timestampPath(), scope));
        }
        return Duration.ZERO;
    }

    private long secondsAt(String path, PathScope scope) {
        JsonNode value = read(path, scope, "The SecondsPath parameter does not reference an input value: " + path);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw runtime("The SecondsPath parameter cannot be parsed as a long value: " + path + " == " + value);
        }
        if (value.longValue() < 0) {
            throw runtime("The SecondsPath parameter references a negative value: " + path + " == " + value);
        }
        return value.longValue();
    }

    private Instant timestampAt(String path, PathScope scope) {
        String problem = "The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time"
                + " format string: " + path;
        JsonNode value = read(path, scope, problem);
        String text = value.isTextual() ? value.textValue() : value.toString();
        return parse(text, problem + " == " + text);
    }

    private JsonNode read(String path, PathScope scope, String problem) {
        try {
            return JsonPathEvaluator.select(path, scope, "Wait");
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
