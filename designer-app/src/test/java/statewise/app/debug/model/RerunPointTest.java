package statewise.app.debug.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.model.StateMachine;
import statewise.engine.parse.AslParser;
import statewise.engine.run.ExecutionRequest;
import statewise.engine.run.Interpreter;
import statewise.engine.run.history.HistoryEvent;

/** Where re-running an execution from one of its states starts: the input it had, the variables set before it. */
class RerunPointTest {

    private static final String FLOW = """
            {"QueryLanguage": "JSONata", "StartAt": "Count", "States": {
              "Count": {"Type": "Pass", "Assign": {"round": "{% $states.input.round + 1 %}"},
                "Output": {"round": "{% $states.input.round + 1 %}"}, "Next": "Again?"},
              "Again?": {"Type": "Choice", "Choices": [{"Condition": "{% $round < 3 %}", "Next": "Count"}],
                "Default": "Each"},
              "Each": {"Type": "Map", "Items": [1, 2], "End": true,
                "ItemProcessor": {"StartAt": "Item", "States": {"Item": {"Type": "Pass", "End": true}}}}
            }}""";

    private static final StateMachine MACHINE = machine();
    private static final List<HistoryEvent> EVENTS = Interpreter.run(ExecutionRequest.of(MACHINE,
            Runs.json("{\"round\": 0}"))).history();

    @Test
    void pointOfAStateVisitedTwiceTakesItsLatestInputAndTheVariablesBeforeIt() {
        RerunPoint point = RerunPoint.of(EVENTS, MACHINE, "Count").point();

        assertEquals(Runs.json("{\"round\": 2}").toString(), point.input().toString());
        assertEquals("{round=2}", point.variables().toString());
    }

    @Test
    void pointOfTheFirstStateHasTheExecutionInputAndNoVariables() {
        ExecutionRequest request = ExecutionRequest.of(MACHINE, Runs.json("{\"round\": 5}"));
        RerunPoint point = RerunPoint.of(Interpreter.run(request).history(), MACHINE, "Count").point();

        assertEquals(Runs.json("{\"round\": 5}"), point.input());
        assertEquals(Map.of(), point.variables());
    }

    @Test
    void aStateInsideAMapIsRefusedWithTheTopLevelStateToUseInstead() {
        RerunPoint.Found found = RerunPoint.of(EVENTS, MACHINE, "Item");

        assertNull(found.point());
        assertEquals("The state 'Item' is inside the Map state 'Each'; a run can start only at a top-level state, "
                + "such as 'Each'.", found.problem());
    }

    @Test
    void aStateTheExecutionDidNotEnterIsRefused() {
        List<HistoryEvent> firstTwo = EVENTS.subList(0, 3);

        RerunPoint.Found found = RerunPoint.of(firstTwo, MACHINE, "Each");

        assertNull(found.point());
        assertEquals("'Each' was not entered in this execution (or its history holds no input for it): re-run from a "
                + "state it entered.", found.problem());
    }

    private static StateMachine machine() {
        AslDocument document = AslParser.parse(FLOW, DocumentFormat.JSON);
        return document.stateMachine();
    }
}
