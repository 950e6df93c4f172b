package statewise.app.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the data-flow preview shows for one state and input: each stage, the variables the state assigned, where it
 * goes next and how it ended; or, when the preview cannot run at all (input that is not JSON, a state AWS would not
 * test), only {@code problem}.
 *
 * @param stages    the stages in order, input first and output last
 * @param assigned  the variables the state's Assign set
 * @param status    TestState's status (SUCCEEDED, FAILED, CAUGHT_ERROR, RETRIABLE), or empty with a problem
 * @param nextState the state it goes to, or null
 * @param error     the error name, or null
 * @param cause     the error's cause, or null
 * @param problem   why there is no preview, or null
 */
public record PreviewResult(List<PreviewStage> stages, Map<String, JsonNode> assigned, String status,
        @Nullable String nextState, @Nullable String error, @Nullable String cause, @Nullable String problem) {

    public PreviewResult {
        stages = List.copyOf(stages);
        assigned = Map.copyOf(assigned);
    }

    static PreviewResult problem(String why) {
        return new PreviewResult(List.of(), Map.of(), "", null, null, null, why);
    }

    /** The stage with TestState's name {@code key}, or null when the state has no such stage. */
    public @Nullable PreviewStage stage(String key) {
        return stages.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
    }
}
