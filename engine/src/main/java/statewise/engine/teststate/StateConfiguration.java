package statewise.engine.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * TestState's {@code stateConfiguration}: where in a longer run the tested state is imagined to be.
 *
 * @param retrierRetryCount        how many retries already happened (decides whether a retrier has attempts left)
 * @param mapIterationFailureCount how many Map iterations failed (against the tolerated failures)
 * @param errorCausedByState       the state in the Map's processor that the mocked error comes from, or null
 * @param mapItemReaderData        the items an ItemReader would have read, or null
 */
public record StateConfiguration(int retrierRetryCount, int mapIterationFailureCount,
        @Nullable String errorCausedByState, @Nullable JsonNode mapItemReaderData) {

    /** No configuration: a first attempt, no failed iterations. */
    public static final StateConfiguration NONE = new StateConfiguration(0, 0, null, null);
}
