package statewise.engine.run.conformance;

import java.io.IOException;

/**
 * A case file that is not a case: not JSON, or without the fields every case has. Its message names the file and
 * the problem, for a person to read as it is.
 */
public final class InvalidCaseException extends IOException {

    public InvalidCaseException(String message) {
        super(message);
    }

    public InvalidCaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
