package statewise.engine.teststate;

/**
 * A TestState request that AWS refuses before running anything, with AWS's error code ({@code ValidationException},
 * {@code InvalidDefinition}) and message.
 */
public final class TestStateException extends Exception {

    private final String code;

    public TestStateException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    static TestStateException validation(String message) {
        return new TestStateException("ValidationException", message);
    }

    static TestStateException invalidDefinition(String message) {
        return new TestStateException("InvalidDefinition", message);
    }

    /** AWS's error code. */
    public String code() {
        return code;
    }
}
