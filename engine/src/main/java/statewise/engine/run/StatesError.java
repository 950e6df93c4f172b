package statewise.engine.run;

import org.jspecify.annotations.Nullable;

/**
 * A runtime failure with an ASL error name, raised while evaluating a state and turned into history events (and
 * retried or caught) at the state's boundary. Never leaves the interpreter.
 *
 * @see ErrorNames
 */
final class StatesError extends RuntimeException {

    private final String error;
    private final @Nullable String errorCause;

    StatesError(String error, @Nullable String cause) {
        super(error + (cause == null ? "" : ": " + cause), null, false, false);
        this.error = error;
        this.errorCause = cause;
    }

    String error() {
        return error;
    }

    @Nullable String errorCause() {
        return errorCause;
    }
}
