package statewise.engine.run.mock;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.TaskOutcome;

/** One mocked answer of a Task: the result it returns ({@code Return}) or the error it raises ({@code Throw}). */
public sealed interface MockResponse {

    /** The task succeeds with {@code value} as its result. */
    record Return(JsonNode value) implements MockResponse {
    }

    /** The task fails with {@code error} and {@code cause}. */
    record Throw(String error, @Nullable String cause) implements MockResponse {
    }

    /** What the Task's resource answers; the result is a copy, so an execution can never change the mock. */
    default TaskOutcome outcome() {
        if (this instanceof Return r) {
            return TaskOutcome.success(r.value().deepCopy());
        }
        Throw t = (Throw) this;
        return TaskOutcome.failure(t.error(), t.cause());
    }
}
