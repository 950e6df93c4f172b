package statewise.engine.run.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What the recording did to the events of Parallel states where {@code parallel_branch_events_sorted} is true,
 * reproduced step for step (LocalStack's {@code SfnNoneRecursiveParallelTransformer}): the events after a
 * {@code ParallelStateStarted} get id {@code [0]} and previousEventId 0 and are sorted by their JSON text. Its
 * quirks are reproduced too, since the recording has them: the sorted events are put back once more at
 * {@code ParallelStateExited}, which drops the {@code ParallelStateSucceeded} event before it.
 */
final class ParallelEvents {

    private static final Set<String> ENDS = Set.of("ParallelStateSucceeded", "ParallelStateAborted",
            "ParallelStateExited", "ParallelStateFailed");

    private ParallelEvents() {
    }

    static void normalise(ArrayNode events) {
        List<JsonNode> list = new ArrayList<>();
        events.forEach(list::add);
        int start = 0;
        List<JsonNode> branch = new ArrayList<>();
        boolean inBranch = false;
        for (int i = 0; i < list.size(); i++) {
            JsonNode type = list.get(i).get("type");
            if (type == null || type.isNull()) {
                inBranch = false;
            } else if (ENDS.contains(type.asText())) {
                replace(list, start, i, sorted(branch));
                inBranch = false;
            } else if (type.asText().equals("ParallelStateStarted")) {
                inBranch = true;
                branch = new ArrayList<>();
                start = i + 1;
            } else if (inBranch && list.get(i) instanceof ObjectNode event) {
                event.set("id", JsonNodeFactory.instance.arrayNode().add(0));
                event.put("previousEventId", 0);
                branch.add(event);
            }
        }
        events.removeAll();
        events.addAll(list);
    }

    /** Python's {@code list[from:to] = items}. */
    private static void replace(List<JsonNode> list, int from, int to, List<JsonNode> items) {
        int start = Math.min(from, list.size());
        int end = Math.max(start, Math.min(to, list.size()));
        list.subList(start, end).clear();
        list.addAll(start, items);
    }

    private static List<JsonNode> sorted(List<JsonNode> branch) {
        List<JsonNode> sorted = new ArrayList<>(branch);
        sorted.sort(Comparator.comparing(PythonJson::dumps));
        return sorted;
    }
}
