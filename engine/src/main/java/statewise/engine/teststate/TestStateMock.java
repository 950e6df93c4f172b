package statewise.engine.teststate;

import org.jspecify.annotations.Nullable;

/**
 * TestState's {@code mock}: the task result to use instead of calling the resource ({@code result}, JSON text), or
 * the error it fails with ({@code errorOutput}).
 *
 * @param result              the mocked result as JSON text, or null
 * @param error               the mocked error name, or null
 * @param cause               the mocked error's cause, or null
 * @param hasErrorOutput      whether {@code errorOutput} was given
 * @param fieldValidationMode {@code STRICT} (default), {@code PRESENT} or {@code NONE}
 */
public record TestStateMock(@Nullable String result, @Nullable String error, @Nullable String cause,
        boolean hasErrorOutput, String fieldValidationMode) {

    /** A mocked result. */
    public static TestStateMock result(String json) {
        return new TestStateMock(json, null, null, false, "STRICT");
    }

    /** A mocked failure. */
    public static TestStateMock failure(String error, @Nullable String cause) {
        return new TestStateMock(null, error, cause, true, "STRICT");
    }
}
