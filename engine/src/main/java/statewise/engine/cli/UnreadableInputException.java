package statewise.engine.cli;

import java.io.IOException;

/**
 * A definition that could not be read as text at all: a missing file, a directory, bytes that are not UTF-8, an
 * I/O failure. Carries a short reason meant to be shown to a person as it is ({@code "no such file"}), so the
 * command line and the designer report the same thing without a stack trace.
 */
public final class UnreadableInputException extends IOException {

    private final String source;
    private final String reason;

    public UnreadableInputException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
        this.reason = reason;
    }

    public UnreadableInputException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
        this.reason = reason;
    }

    /** The file name as the user gave it, or {@code <stdin>}. */
    public String source() {
        return source;
    }

    /** Why it could not be read, in a few lower-case words. */
    public String reason() {
        return reason;
    }
}
