package statewise.engine.query;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A failure evaluating an expression at run time: the ASL error name and AWS's cause text. The cause comes without
 * AWS's lead-in ("An error occurred while executing the state 'X' (entered at the event id #N). "), which only the
 * interpreter knows, so the interpreter adds it and turns the failure into the state's failure.
 *
 * <p>Bad input is data, yet an evaluation deep inside a payload template has no other way back than to unwind, so
 * this is an exception; it keeps no stack trace, which makes it cheap enough for a workflow that fails on purpose.
 */
public final class QueryFailure extends RuntimeException {

    /** Paths that match nothing, unusable input, intrinsic functions given bad arguments. */
    public static final String RUNTIME = "States.Runtime";

    /** A ResultPath that cannot be applied to the state's input. */
    public static final String RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure";

    /** A JSONata expression that fails, returns nothing, or returns the wrong type of value. */
    public static final String QUERY_EVALUATION_ERROR = "States.QueryEvaluationError";

    private static final long serialVersionUID = 1L;

    private final String error;
    private final String cause;
    private final @Nullable String location;

    public QueryFailure(String error, String cause) {
        this(error, cause, null);
    }

    /**
     * @param location where in the state the failing expression is, as AWS names it in an EvaluationFailed event
     *                 ({@code Output/result}, {@code Assign/total}, {@code Items}); null when it names none
     */
    public QueryFailure(String error, String cause, @Nullable String location) {
        super(error + ": " + cause, null, false, false);
        this.error = Objects.requireNonNull(error, "error");
        this.cause = Objects.requireNonNull(cause, "cause");
        this.location = location;
    }

    /** A {@code States.Runtime} failure with this cause. */
    static QueryFailure runtime(String cause) {
        return new QueryFailure(RUNTIME, cause);
    }

    /** The ASL error name, e.g. {@code States.Runtime}. */
    public String error() {
        return error;
    }

    /** AWS's cause text, without the lead-in naming the state. */
    public String cause() {
        return cause;
    }

    /** The failing field's place in the state, e.g. {@code Output/result}; null when there is none to name. */
    public @Nullable String location() {
        return location;
    }
}
