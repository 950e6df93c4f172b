package statewise.engine.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * TestState's answer, shaped as AWS's: {@code status}, {@code output}, {@code error}, {@code cause},
 * {@code nextState} and, at inspection level DEBUG or TRACE, {@code inspectionData}.
 */
public record TestStateResult(TestStatus status, @Nullable JsonNode output, @Nullable String error,
        @Nullable String cause, @Nullable String nextState, @Nullable ObjectNode inspectionData) {

    /** The answer as AWS's JSON response has it (absent members left out). */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("status", status.name());
        if (output != null) {
            json.set("output", output);
        }
        if (error != null) {
            json.put("error", error);
        }
        if (cause != null) {
            json.put("cause", cause);
        }
        if (nextState != null) {
            json.put("nextState", nextState);
        }
        if (inspectionData != null) {
            json.set("inspectionData", inspectionData);
        }
        return json;
    }
}
