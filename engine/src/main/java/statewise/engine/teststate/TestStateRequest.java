package statewise.engine.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.ExecutionIdentity;
import statewise.engine.run.TaskResolver;

/**
 * One TestState call.
 *
 * @param definition    a whole state machine, or a single state
 * @param stateName     the state to test in a state machine; null for a single state or the start state
 * @param input         the state's input
 * @param level         how much inspection data to give
 * @param mock          the task result or error to use instead of {@code resolver}, or null
 * @param variables     the variables the state sees
 * @param context       the context object ({@code $$}) the state sees, as JSON text; null for a generated one
 * @param configuration where in a longer run the state is imagined to be
 * @param roleArn       the role the state runs as; AWS needs it for Task states without a mock
 * @param identity      the account, region and names the generated context object uses
 * @param resolver      answers the Task when there is no mock
 * @param revealSecrets AWS's {@code revealSecrets} (refused with a mock)
 * @param startTime     the generated context object's times
 */
public record TestStateRequest(JsonNode definition, @Nullable String stateName, JsonNode input,
        InspectionLevel level, @Nullable TestStateMock mock, Map<String, JsonNode> variables,
        @Nullable String context, StateConfiguration configuration, @Nullable String roleArn,
        ExecutionIdentity identity, TaskResolver resolver, boolean revealSecrets, Instant startTime) {

    public TestStateRequest {
        variables = Map.copyOf(variables);
    }

    /** A call with defaults: INFO, no mock, no variables, a local identity, echoing tasks. */
    public static TestStateRequest of(JsonNode definition, @Nullable String stateName, JsonNode input) {
        ExecutionIdentity identity = ExecutionIdentity.local("TestStateMachine", "test-state");
        return new TestStateRequest(definition, stateName, input, InspectionLevel.INFO, null, Map.of(), null,
                StateConfiguration.NONE, identity.roleArn(), identity, TaskResolver.ECHO, false, Instant.now());
    }
}
