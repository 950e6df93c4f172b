package statewise.engine.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * TestState's answer, shaped as AWS's: {@code status}, {@code output}, {@code error}, {@code cause},
 * {@code nextState} and, at inspection level DEBUG or TRACE, {@code inspectionData}; also the variables the state
 * assigned, which the designer's data-flow preview shows (AWS's answer has no member for them).
 *
 * @param assigned the variables the state's {@code Assign} set, by name (empty when it set none)
 */
public record TestStateResult(TestStatus status, @Nullable JsonNode output, @Nullable String error,
        @Nullable String cause, @Nullable String nextState, @Nullable ObjectNode inspectionData,
        Map<String, JsonNode> assigned) {

    public TestStateResult {
        assigned = Map.copyOf(assigned);
    }

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
