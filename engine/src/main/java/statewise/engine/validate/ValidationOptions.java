package statewise.engine.validate;

/**
 * Settings that change verdicts.
 *
 * @param express  validate for an EXPRESS state machine (which refuses activities and .waitForTaskToken)
 * @param warnings also run the rules that go beyond AWS (unreachable states, endless loops, ...)
 */
public record ValidationOptions(boolean express, boolean warnings) {

    public static final ValidationOptions DEFAULT = new ValidationOptions(false, true);

    public ValidationOptions withExpress(boolean value) {
        return new ValidationOptions(value, warnings);
    }

    public ValidationOptions withWarnings(boolean value) {
        return new ValidationOptions(express, value);
    }
}
