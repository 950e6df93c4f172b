package statewise.engine.cli;

/**
 * The exit codes every {@code statewise} command shares, so scripts can tell "the definition is wrong" from
 * "the command could not do its job".
 */
public final class ExitCodes {

    /** Nothing wrong (warnings allowed). */
    public static final int OK = 0;

    /** The command ran and found errors (or the execution it ran failed). */
    public static final int ERRORS = 1;

    /** Input could not be read (missing file, directory, not UTF-8 text, I/O error) or the usage was wrong. */
    public static final int UNREADABLE = 2;

    /** A bug in Statewise: the command stopped on an unexpected exception. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCodes() {
    }
}
