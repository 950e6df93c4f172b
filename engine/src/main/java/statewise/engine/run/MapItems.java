package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import statewise.engine.model.MapState;
import statewise.engine.query.JsonPathEvaluator;
import statewise.engine.query.PathScope;

/** The items a Map state iterates over, and the ARN of a distributed Map's run. */
final class MapItems {

    private MapItems() {
    }

    /** The array at ItemsPath (the effective input when absent); anything else fails the state. */
    static JsonNode items(MapState map, PathScope scope, String errorPrefix) {
        JsonNode items = map.itemsPath() == null ? scope.input()
                : JsonPathEvaluator.select(map.itemsPath(), scope, "ItemsPath");
        if (!items.isArray()) {
            throw new StatesError(ErrorNames.RUNTIME, errorPrefix + "Map state input must be an array but was: "
                    + items);
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
