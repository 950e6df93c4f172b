package statewise.engine.teststate.schema;

import java.util.Arrays;
import java.util.Optional;

/**
 * How strictly TestState checks a mocked result against the API's response shape ({@code mock.fieldValidationMode}):
 * {@link #STRICT} also requires the shape's required fields, {@link #PRESENT} checks only the fields the mock has,
 * {@link #NONE} checks nothing. Fields the shape does not know are never refused (AWS keeps mocks forward
 * compatible).
 */
public enum FieldValidationMode {
    STRICT, PRESENT, NONE;

    /** The mode named exactly {@code name}, as the API spells it. */
    public static Optional<FieldValidationMode> named(String name) {
        return Arrays.stream(values()).filter(mode -> mode.name().equals(name)).findFirst();
    }
}
