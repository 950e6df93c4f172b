package statewise.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import statewise.engine.run.history.HistoryEvent;

/**
 * Starting an execution at a chosen top-level state: the history AWS would write for a run that began there, the
 * variables set before it, and a clear refusal of states that do not exist or sit inside a Map or Parallel body.
 */
class StartPointTest {

    private static final String ORDER = """
            {"QueryLanguage": "JSONata", "StartAt": "Validate", "States": {
              "Validate": {"Type": "Pass", "Assign": {"currency": "EUR"}, "Output": {"total": 5}, "Next": "Charge"},
              "Charge": {"Type": "Pass", "Output": {"charged": "{% $states.input.total %}", "in": "{% $currency %}"},
                "Next": "Items"},
              "Items": {"Type": "Map", "Items": [1, 2], "Next": "Done",
                "ItemProcessor": {"StartAt": "Pack", "States": {"Pack": {"Type": "Pass", "End": true}}}},
              "Done": {"Type": "Parallel", "End": true, "Branches": [
                {"StartAt": "Notify", "States": {"Notify": {"Type": "Pass", "End": true}}}]}
            }}""";

    @Test
    void startAtEntersTheChosenStateRightAfterExecutionStarted() {
        ExecutionRequest request = Runs.request(ORDER, "{\"total\": 7}")
                .withStart(new StartPoint("Charge", Map.of("currency", Runs.json("\"USD\""))));

        ExecutionResult result = Interpreter.run(request);

        assertThat(Runs.types(result)).startsWith("ExecutionStarted", "PassStateEntered", "PassStateExited");
        HistoryEvent entered = result.history().get(1);
        assertThat(entered.details().path("name").asText()).isEqualTo("Charge");
        assertThat(entered.previousEventId()).isEqualTo(Runs.run(ORDER, "{}").history().get(1).previousEventId());
        assertThat(entered.details().get("input")).isEqualTo(Runs.json("{\"total\": 7}"));
        assertThat(result.history().get(0).details().get("input")).isEqualTo(Runs.json("{\"total\": 7}"));
        assertThat(result.history()).noneMatch(e -> e.details() != null
                && "Validate".equals(e.details().path("name").asText()));
        assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void startAtSetsTheVariablesBeforeTheStateReadsThem() {
        ExecutionRequest request = Runs.request(ORDER, "{\"total\": 7}")
                .withStart(new StartPoint("Charge", Map.of("currency", Runs.json("\"USD\""))));

        ExecutionResult result = Interpreter.run(request);

        HistoryEvent exited = result.history().get(2);
        assertThat(exited.details().get("output")).asString()
                .isEqualTo(Runs.compact("{\"charged\": 7, \"in\": \"USD\"}"));
    }

    @Test
    void startAtATopLevelMapRunsItsIterations() {
        ExecutionResult result = Interpreter.run(Runs.request(ORDER, "{}").withStart(StartPoint.at("Items")));

        assertThat(Runs.types(result).get(1)).isEqualTo("MapStateEntered");
        assertThat(Runs.types(result)).contains("MapIterationSucceeded");
        assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void startAtAnUnknownStateIsRefusedWithItsName() {
        ExecutionRequest request = Runs.request(ORDER, "{}");

        assertThatThrownBy(() -> request.withStart(StartPoint.at("Refund")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no state 'Refund' in the state machine.");
    }

    @Test
    void startAtAStateInsideAMapNamesTheMap() {
        ExecutionRequest request = Runs.request(ORDER, "{}");

        assertThat(StartPoint.at("Pack").problem(request.stateMachine())).hasValue("The state 'Pack' is inside the "
                + "Map state 'Items'; a run can start only at a top-level state, such as 'Items'.");
        assertThatThrownBy(() -> request.withStart(StartPoint.at("Pack"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void startAtAStateInsideAParallelBranchNamesTheParallel() {
        assertThat(StartPoint.at("Notify").problem(Runs.request(ORDER, "{}").stateMachine())).hasValue("The state "
                + "'Notify' is inside the Parallel state 'Done'; a run can start only at a top-level state, such as "
                + "'Done'.");
    }

    @Test
    void startPointKeepsItsOwnCopyOfTheVariables() {
        ObjectNode value = (ObjectNode) Runs.json("{\"a\": 1}");
        StartPoint start = new StartPoint("Charge", Map.of("v", value));

        value.put("a", 2);

        assertThat(start.variables().get("v")).isEqualTo(Runs.json("{\"a\": 1}"));
    }
}
