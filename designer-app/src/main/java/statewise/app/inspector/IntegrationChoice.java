package statewise.app.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes that picking an integration makes to a Task: its Resource, and the request skeleton in the state's
 * query language (Parameters or Arguments). A request the user wrote stays; an empty one or another integration's
 * untouched skeleton is replaced.
 */
public final class IntegrationChoice {

    private IntegrationChoice() {
    }

    public static List<FieldChange> changes(InspectedState task, Integration integration) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(FieldChange.set("/Resource", JsonNodeFactory.instance.textNode(integration.resource())));
        String request = task.jsonata() ? "/Arguments" : "/Parameters";
        JsonNode skeleton = integration.skeleton(task.jsonata());
        JsonNode current = task.value(request);
        boolean untouched = current == null || Integration.ALL.stream()
                .anyMatch(i -> !i.bare() && i.skeleton(task.jsonata()).equals(current));
        if (!integration.bare() && untouched) {
            changes.add(FieldChange.set(request, skeleton));
        }
        return changes;
    }
}
