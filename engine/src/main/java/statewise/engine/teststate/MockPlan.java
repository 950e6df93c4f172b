package statewise.engine.teststate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.engine.teststate.schema.FieldValidationMode;
import statewise.engine.teststate.schema.MockResultSchemas;

/**
 * What a TestState mock makes the state do, after AWS's checks of the mock against the state: the result the
 * task (or the Map or Parallel state as a whole) returns, or the error it fails with. A Map state whose mocked
 * iterations failed more than it tolerates fails with {@code States.ExceedToleratedFailureThreshold}.
 *
 * @param result the mocked result, or null
 * @param error  the error the state fails with, or null
 * @param cause  that error's cause
 */
record MockPlan(@Nullable JsonNode result, @Nullable String error, @Nullable String cause) {

    static final String TOLERANCE_EXCEEDED = "States.ExceedToleratedFailureThreshold";
    private static final Set<String> UNMOCKABLE = Set.of("Pass", "Fail", "Succeed", "Choice", "Wait");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static @Nullable MockPlan of(TestStateRequest request, LocatedState located, MapFigures figures)
            throws TestStateException {
        TestStateMock mock = request.mock();
        String type = located.type();
        if (mock == null) {
            if (type.equals("Map") || type.equals("Parallel")) {
                throw TestStateException.invalidDefinition("TestState API does not support Map or Parallel states."
                        + " Supported state types include: [Task, Wait, Pass, Succeed, Fail, Choice]");
            }
            if (type.equals("Task") && request.roleArn() == null) {
                throw TestStateException.validation("RoleArn must be specified when testing a Task state");
            }
            return null;
        }
        FieldValidationMode mode = mode(mock);
        if (request.revealSecrets()) {
            throw TestStateException.validation("TestState does not support RevealSecrets when a mock is specified.");
        }
        if (mock.result() != null && mock.hasErrorOutput()) {
            throw TestStateException.validation("A test mock should have only one of the following fields: [result,"
                    + " errorOutput].");
        }
        if (UNMOCKABLE.contains(type)) {
            throw TestStateException.validation("State type '" + type + "' is not supported when a mock is specified");
        }
        if (mock.hasErrorOutput()) {
            return new MockPlan(null, mock.error() == null ? "" : mock.error(), mock.cause());
        }
        JsonNode result = parse(mock.result());
        if (type.equals("Parallel")) {
            checkParallel(result, located);
        } else if (type.equals("Map")) {
            return map(result, request.configuration(), located, figures);
        } else if (type.equals("Task")) {
            checkSchema(result, located, mode);
        }
        return new MockPlan(result, null, null);
    }

    private static FieldValidationMode mode(TestStateMock mock) throws TestStateException {
        return FieldValidationMode.named(mock.fieldValidationMode()).orElseThrow(() -> TestStateException.validation(
                "1 validation error detected: Value '" + mock.fieldValidationMode() + "' at"
                        + " 'mock.fieldValidationMode' failed to satisfy constraint: Member must satisfy enum value set:"
                        + " [STRICT, PRESENT, NONE]"));
    }

    /** AWS checks a mocked Task result against the response shape of the API the Task calls. */
    private static void checkSchema(JsonNode result, LocatedState located, FieldValidationMode mode)
            throws TestStateException {
        String resource = located.state().path("Resource").asText("");
        String fault = MockResultSchemas.violation(resource, result, mode).orElse(null);
        if (fault != null) {
            throw TestStateException.validation("Mock result schema validation error: " + fault);
        }
    }

    private static JsonNode parse(@Nullable String text) throws TestStateException {
        try {
            JsonNode value = text == null ? null : JSON.readTree(text);
            if (value == null || value.isMissingNode()) {
                throw TestStateException.validation("Mocked result must be valid JSON");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw TestStateException.validation("Mocked result must be valid JSON");
        }
    }

    private static void checkParallel(JsonNode result, LocatedState located) throws TestStateException {
        if (!result.isArray()) {
            throw TestStateException.validation("Mocked result must be an array.");
        }
        if (result.size() != located.state().path("Branches").size()) {
            throw TestStateException.validation("Mocked result must contain the same number of items as number of"
                    + " Parallel branches.");
        }
    }

    private static MockPlan map(JsonNode result, StateConfiguration configuration, LocatedState located,
            MapFigures figures) throws TestStateException {
        if (located.state().has("ResultWriter")) {
            if (!result.isObject()) {
                throw TestStateException.validation("Mocked result must be a JSON object.");
            }
        } else if (!result.isArray()) {
            throw TestStateException.validation("Mocked result must be an array.");
        }
        int failures = configuration.mapIterationFailureCount();
        int total = result.isArray() ? result.size() : Integer.MAX_VALUE;
        if (failures > total) {
            throw TestStateException.validation("Map iteration failure count must be less than or equal to the number"
                    + " of Map iterations");
        }
        if (figures.exceeded(failures, total)) {
            return new MockPlan(null, TOLERANCE_EXCEEDED, "The specified tolerated failure threshold was exceeded");
        }
        return new MockPlan(result, null, null);
    }

    boolean fails() {
        return error != null;
    }
}
