package statewise.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One state of a state graph. Each ASL state type is its own record with exactly the fields that type has; the
 * accessors declared here with defaults let code that does not care about the type (data flow, transitions,
 * error handling) read any state uniformly, getting {@code null} or an empty list where a type lacks the field.
 */
public sealed interface State
        permits PassState, TaskState, ChoiceState, WaitState, SucceedState, FailState, ParallelState, MapState,
                InvalidState {

    StateType type();

    @Nullable String comment();

    /** This state's own {@code QueryLanguage}; null means the state machine's applies. */
    @Nullable QueryLanguage queryLanguage();

    /** Fields kept verbatim: unknown to this state type, or of the wrong shape. */
    Map<String, JsonNode> extras();

    default @Nullable String next() {
        return null;
    }

    default @Nullable Boolean end() {
        return null;
    }

    default @Nullable PathField inputPath() {
        return null;
    }

    default @Nullable JsonNode parameters() {
        return null;
    }

    default @Nullable JsonNode arguments() {
        return null;
    }

    default @Nullable JsonNode resultSelector() {
        return null;
    }

    default @Nullable PathField resultPath() {
        return null;
    }

    default @Nullable PathField outputPath() {
        return null;
    }

    default @Nullable JsonNode output() {
        return null;
    }

    default @Nullable JsonNode assign() {
        return null;
    }

    /** {@code Retry}; null when absent. */
    default @Nullable List<Retrier> retry() {
        return null;
    }

    /** {@code Catch}; null when absent. ({@code catch} is a Java keyword.) */
    default @Nullable List<Catcher> catchers() {
        return null;
    }

    /** The query language this state is evaluated in, given the state machine's default. */
    default QueryLanguage effectiveQueryLanguage(QueryLanguage machineDefault) {
        QueryLanguage own = queryLanguage();
        return own == null ? machineDefault : own;
    }
}
