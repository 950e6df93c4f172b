package statewise.engine.query;

import java.util.Objects;

/**
 * Why an expression (a path, an intrinsic function call or a JSONata body) is refused, and where. Checkers return it
 * as a value instead of throwing, so the validator can turn it into a diagnostic pointing inside the string.
 *
 * @param message one sentence for a person, e.g. {@code "Reference paths cannot use wildcards (*)"}
 * @param offset  0-based character offset into the checked text where the problem starts
 */
public record ExpressionError(String message, int offset) {

    public ExpressionError {
        Objects.requireNonNull(message, "message");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
    }

    /** The same error seen from a text in which the checked text starts at {@code start}. */
    public ExpressionError shiftedBy(int start) {
        return new ExpressionError(message, offset + start);
    }
}
