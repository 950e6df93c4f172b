package statewise.engine.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.ExecutionStatus;
import statewise.engine.run.history.HistoryJson;

/**
 * An execution's result as one JSON document: {@code status}, then {@code output} when it succeeded or
 * {@code error} and {@code cause} when it did not (each only when present), then {@code history} in the shape of
 * AWS's GetExecutionHistory. {@code run --format json} prints it; {@code conformance --out} writes it per case.
 */
final class ExecutionJson {

    private ExecutionJson() {
    }

    static ObjectNode of(ExecutionResult result) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("status", result.status().name());
        if (result.status() == ExecutionStatus.SUCCEEDED) {
            root.set("output", result.output() == null ? JsonNodeFactory.instance.nullNode() : result.output());
        } else {
            if (result.error() != null) {
                root.put("error", result.error());
            }
            if (result.cause() != null) {
                root.put("cause", result.cause());
            }
        }
        root.set("history", HistoryJson.history(result.history()));
        return root;
    }
}
