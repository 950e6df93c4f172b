package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.history.HistoryEvent;

/**
 * How an execution ended, with its whole history.
 *
 * @param output the execution's output when it succeeded
 * @param error  the error name when it failed (may be absent: a Fail state without Error)
 * @param cause  the cause when it failed
 */
public record ExecutionResult(ExecutionStatus status, @Nullable JsonNode output, @Nullable String error,
        @Nullable String cause, List<HistoryEvent> history) {

    public ExecutionResult {
        history = List.copyOf(history);
    }
}
