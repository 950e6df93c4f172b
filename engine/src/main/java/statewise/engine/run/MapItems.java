package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.MapState;
import statewise.engine.query.QueryFailure;

/** The items a Map state iterates over, and the ARN of a distributed Map's run. */
final class MapItems {

    private MapItems() {
    }

    /**
     * Checks the items read from ItemsPath or Items (null when neither is set: the effective input is used); anything
     * but an array fails the state with {@code error}, its query language's evaluation error.
     */
    static JsonNode items(@Nullable JsonNode read, JsonNode effective, String error) {
        JsonNode items = read == null ? effective : read;
        if (!items.isArray()) {
            throw new QueryFailure(error, "Map state input must be an array but was: " + items);
        }
        return items;
    }

    /** {@code arn:aws:states:<region>:<account>:mapRun:<state machine>/<label or state>:<uuid>}. */
    static String mapRunArn(ExecutionIdentity identity, MapState map, String stateName) {
        String label = map.label() != null ? map.label() : stateName;
        return "arn:aws:states:" + identity.region() + ":" + identity.accountId() + ":mapRun:"
                + identity.stateMachineName() + "/" + label + ":" + UUID.nameUUIDFromBytes(
                        (identity.executionArn() + stateName).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
