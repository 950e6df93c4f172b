package statewise.app.inspector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.StateMachine;
import statewise.engine.run.ExecutionIdentity;
import statewise.engine.run.TaskResolver;
import statewise.engine.serialize.AslSerializer;
import statewise.engine.serialize.KeyOrder;
import statewise.engine.teststate.InspectionLevel;
import statewise.engine.teststate.StateConfiguration;
import statewise.engine.teststate.TestState;
import statewise.engine.teststate.TestStateException;
import statewise.engine.teststate.TestStateMock;
import statewise.engine.teststate.TestStateRequest;
import statewise.engine.teststate.TestStateResult;
import statewise.engine.teststate.TestStatus;

/**
 * The data-flow preview of one state, computed by the engine's TestState at DEBUG level: input, after InputPath,
 * after Parameters or Arguments, the task result (mocked, or the effective input echoed back), after
 * ResultSelector, after ResultPath, output, the variables assigned and the next state. An error is shown at the
 * first stage the state did not reach, with AWS's error name. Blocking: run it off the FX thread.
 */
public final class DataFlowPreview {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Map<String, String> LABELS = Map.of("input", "Input", "afterInputPath", "After InputPath",
            "afterParameters", "After Parameters", "afterArguments", "After Arguments", "afterItemsPath",
            "After ItemsPath", "result", "Result", "afterResultSelector", "After ResultSelector", "afterResultPath",
            "After ResultPath", "output", "Output");
    private static final Set<String> MOCKABLE = Set.of("Task", "Map", "Parallel");

    private DataFlowPreview() {
    }

    /**
     * Previews {@code state} of {@code machine} on {@code inputText}.
     *
     * @param result    the task's (or Map's, Parallel's) result as JSON text; empty to echo a task's input
     * @param failError an error name the task fails with instead (empty: it succeeds)
     */
    public static PreviewResult run(StateMachine machine, InspectedState state, String inputText, String result,
            String failError) {
        JsonNode input;
        try {
            input = JSON.readTree(inputText.isBlank() ? "{}" : inputText);
        } catch (JsonProcessingException e) {
            return PreviewResult.problem("The sample input is not JSON: " + e.getOriginalMessage());
        }
        TestStateMock mock = null;
        if (MOCKABLE.contains(state.type())) {
            if (!failError.isBlank()) {
                mock = TestStateMock.failure(failError.strip(), "Mocked failure");
            } else if (!result.isBlank()) {
                mock = TestStateMock.result(result);
            } else if (!state.type().equals("Task")) {
                return PreviewResult.problem("Type the result of the whole " + state.type() + " state to preview"
                        + " its data flow; its branches or iterations are not run here.");
            }
        }
        ObjectNode definition = AslSerializer.tree(machine, KeyOrder.none());
        ExecutionIdentity identity = ExecutionIdentity.local("Preview", "preview");
        TestStateRequest request = new TestStateRequest(definition, state.name(), input, InspectionLevel.DEBUG, mock,
                Map.of(), null, StateConfiguration.NONE, identity.roleArn(), identity, TaskResolver.ECHO, false,
                Instant.now());
        try {
            return answer(state, TestState.run(request));
        } catch (TestStateException e) {
            return PreviewResult.problem(e.code() + ": " + e.getMessage());
        }
    }

    private static PreviewResult answer(InspectedState state, TestStateResult answer) {
        ObjectNode data = answer.inspectionData();
        boolean failed = answer.status() != TestStatus.SUCCEEDED;
        String error = answer.error() == null ? null
                : answer.error() + (answer.cause() == null || answer.cause().isEmpty() ? "" : ": " + answer.cause());
        List<PreviewStage> stages = new ArrayList<>();
        boolean placed = false;
        for (String key : stages(state)) {
            JsonNode value = key.equals("output") ? answer.output() : data == null ? null : data.get(key);
            String stageError = null;
            if (value == null && failed && !placed) {
                stageError = error;
                placed = true;
            }
            stages.add(new PreviewStage(key, LABELS.get(key), value, stageError));
        }
        Map<String, JsonNode> assigned = new LinkedHashMap<>(answer.assigned());
        return new PreviewResult(stages, assigned, answer.status().name(), answer.nextState(), answer.error(),
                answer.cause(), null);
    }

    /** The stages TestState reports for a state of this type and query language, output last. */
    static List<String> stages(InspectedState state) {
        if (state.jsonata()) {
            return state.type().equals("Task") ? List.of("input", "afterArguments", "result", "output")
                    : List.of("input", "output");
        }
        return switch (state.type()) {
            case "Task" -> List.of("input", "afterInputPath", "afterParameters", "result", "afterResultSelector",
                    "afterResultPath", "output");
            case "Pass" -> state.tree().has("Result")
                    ? List.of("input", "result", "afterResultPath", "output")
                    : List.of("input", "afterInputPath", "afterParameters", "afterResultPath", "output");
            case "Map" -> List.of("input", "afterInputPath", "afterItemsPath", "afterResultSelector",
                    "afterResultPath", "output");
            case "Parallel" -> List.of("input", "afterResultSelector", "afterResultPath", "output");
            default -> List.of("input", "afterInputPath", "output");
        };
    }
}
