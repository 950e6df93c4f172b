package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import statewise.app.session.Analysis;
import statewise.app.session.NodePositions;
import statewise.app.session.SessionDocument;
import statewise.app.session.TextEdit;
import statewise.engine.document.DocumentFormat;
import statewise.engine.model.State;
import statewise.engine.model.StateType;
import statewise.engine.parse.AslParser;

class PadEditsTest {

    private static final String FLOW = """
            {
              "StartAt": "A",
              "States": {
                "A": {"Type": "Pass", "Next": "B"},
                "B": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true},
                "C": {"Type": "Succeed"}
              }
            }
            """;

    private static PadEdits pad() {
        SessionDocument document = SessionDocument.of(1, Analysis.of("flow.asl.json", FLOW), NodePositions.none());
        return new PadEdits(() -> document);
    }

    private static Map<String, State> statesAfter(CanvasOutcome outcome) {
        CanvasOutcome.Apply apply = assertInstanceOf(CanvasOutcome.Apply.class, outcome);
        String text = TextEdit.apply(FLOW, apply.patch().edits());
        return AslParser.parse(text, DocumentFormat.JSON).stateMachine().states();
    }

    @Test
    void appendAfterAStateWithANextInsertsIntoTheFlow() {
        Map<String, State> states = statesAfter(pad().append("/States/A", StateType.WAIT));

        assertEquals("Wait", states.get("A").next());
        assertEquals("B", states.get("Wait").next());
    }

    @Test
    void appendAfterTheLastStateConnectsItInOneStep() {
        CanvasOutcome outcome = pad().append("/States/B", StateType.SUCCEED);

        Map<String, State> states = statesAfter(outcome);
        assertEquals("Succeed", states.get("B").next());
        assertEquals(List.of("/States/Succeed"), ((CanvasOutcome.Apply) outcome).select());
        assertEquals("Add Succeed state 'Succeed'", ((CanvasOutcome.Apply) outcome).patch().label());
    }

    @Test
    void appendAfterATerminalStateIsRefused() {
        CanvasOutcome.Refuse refuse = assertInstanceOf(CanvasOutcome.Refuse.class,
                pad().append("/States/C", StateType.PASS));

        assertTrue(refuse.reason().contains("ends the flow"), refuse.reason());
    }

    @Test
    void addCatchSendsEveryErrorToANewFailState() {
        Map<String, State> states = statesAfter(pad().addCatch("/States/B"));

        assertEquals("Fail", states.get("B").catchers().get(0).next());
        assertEquals(StateType.FAIL, states.get("Fail").type());
    }

    @Test
    void wrapAndConvertGoThroughTheEngine() {
        Map<String, State> wrapped = statesAfter(pad().wrap(List.of("/States/B"), StateType.PARALLEL));
        Map<String, State> converted = statesAfter(pad().convert("/States/A"));

        assertEquals("Parallel", wrapped.get("A").next());
        assertTrue(converted.get("A").queryLanguage() != null);
        assertInstanceOf(CanvasOutcome.Refuse.class, pad().wrap(List.of(), StateType.MAP));
    }
}
