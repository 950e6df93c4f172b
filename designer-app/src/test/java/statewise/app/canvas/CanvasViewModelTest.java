package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import statewise.engine.model.Transition;
import statewise.layout.DiagramGraphs;
import statewise.layout.EdgeKind;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;

class CanvasViewModelTest {

    private static final String FLOW = """
            {
              "StartAt": "A",
              "States": {
                "A": {"Type": "Pass", "Next": "B"},
                "B": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "C"},
                "C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "NumericLessThan": 1, "Next": "A"}]},
                "D": {"Type": "Succeed"}
              }
            }
            """;

    private static SessionDocument document(String text, NodePositions positions) {
        return SessionDocument.of(1, Analysis.of("flow.asl.json", text), positions);
    }

    private static CanvasViewModel model(String text) {
        SessionDocument document = document(text, NodePositions.none());
        return new CanvasViewModel(() -> document);
    }

    private static String textAfter(CanvasOutcome outcome) {
        CanvasOutcome.Apply apply = assertInstanceOf(CanvasOutcome.Apply.class, outcome);
        String text = TextEdit.apply(FLOW, apply.patch().edits());
        assertEquals(apply.patch().newText(), text);
        return text;
    }

    @Test
    void droppingOnAnEdgeInsertsTheStateIntoTheFlow() {
        RoutedEdge aToB = new RoutedEdge("/States/A/Next", "/States/A", "/States/B", EdgeKind.NEXT, -1,
                List.of(new Point(0, 0), new Point(0, 10)), null);

        CanvasOutcome outcome = model(FLOW).add(StateType.PASS, "", aToB, null);

        String text = textAfter(outcome);
        assertTrue(text.contains("\"A\": {\"Type\": \"Pass\", \"Next\": \"Pass\"}"), text);
        assertTrue(text.contains("\"Next\": \"B\""), text);
        assertEquals(List.of("/States/Pass"), ((CanvasOutcome.Apply) outcome).select());
    }

    @Test
    void droppingOnEmptyCanvasAddsAnUnconnectedStatePinnedWhereItLanded() {
        NodePositions.Position at = new NodePositions.Position(40, 300);

        CanvasOutcome.Apply apply = assertInstanceOf(CanvasOutcome.Apply.class,
                model(FLOW).add(StateType.WAIT, "", null, at));

        assertEquals(at, apply.positions().get("/States/Wait"));
        assertTrue(apply.notice() != null && apply.notice().contains("not connected yet"), apply.notice());
    }

    @Test
    void aSecondNextIsRefusedWithTheRulesReason() {
        CanvasOutcome outcome = model(FLOW).connect("/States/A", "/States/D");

        CanvasOutcome.Refuse refuse = assertInstanceOf(CanvasOutcome.Refuse.class, outcome);
        assertTrue(refuse.reason().contains("already has a Next"), refuse.reason());
    }

    @Test
    void connectingFromATaskWithANextAddsACatcher() {
        String text = textAfter(model(FLOW).connect("/States/B", "/States/D"));

        assertTrue(text.contains("\"Catch\""), text);
        assertTrue(text.contains("States.ALL"), text);
    }

    @Test
    void connectingFromAChoiceWithoutDefaultAsksWhichKind() {
        CanvasOutcome outcome = model(FLOW).connect("/States/C", "/States/D");

        assertEquals(new CanvasOutcome.Ask(List.of(Transition.Kind.CHOICE, Transition.Kind.DEFAULT)), outcome);
        assertTrue(textAfter(model(FLOW).connect("/States/C", "/States/D", Transition.Kind.DEFAULT))
                .contains("\"Default\": \"D\""));
    }

    @Test
    void connectingFromStartSetsTheStartState() {
        String text = textAfter(model(FLOW).connect(DiagramGraphs.START_ID, "/States/B"));

        assertTrue(text.contains("\"StartAt\": \"B\""), text);
    }

    @Test
    void connectingToAMarkerIsRefused() {
        assertEquals(new CanvasOutcome.Refuse(CanvasViewModel.MARKER),
                model(FLOW).connect("/States/A", DiagramGraphs.END_ID));
    }

    @Test
    void deleteReconnectsALinearFlowAndDropsThePin() {
        SessionDocument document = document(FLOW, new NodePositions(Map.of(
                "/States/B", new NodePositions.Position(1, 2), "/States/A", new NodePositions.Position(3, 4))));

        CanvasOutcome.Apply apply = assertInstanceOf(CanvasOutcome.Apply.class,
                new CanvasViewModel(() -> document).delete(List.of("/States/B")));

        String text = TextEdit.apply(FLOW, apply.patch().edits());
        assertTrue(text.contains("\"A\": {\"Type\": \"Pass\", \"Next\": \"C\"}"), text);
        assertNull(apply.positions().get("/States/B"));
        assertEquals(new NodePositions.Position(3, 4), apply.positions().get("/States/A"));
    }

    @Test
    void renameRewritesReferencesAndMovesThePin() {
        SessionDocument document = document(FLOW, new NodePositions(Map.of(
                "/States/A", new NodePositions.Position(5, 6))));

        CanvasOutcome.Apply apply = assertInstanceOf(CanvasOutcome.Apply.class,
                new CanvasViewModel(() -> document).rename("/States/A", "Start here"));

        String text = TextEdit.apply(FLOW, apply.patch().edits());
        assertTrue(text.contains("\"StartAt\": \"Start here\""), text);
        assertTrue(text.contains("\"Next\": \"Start here\""), text);
        assertEquals(new NodePositions.Position(5, 6), apply.positions().get("/States/Start here"));
        assertEquals(List.of("/States/Start here"), apply.select());
    }

    @Test
    void copyThenPasteMakesFreshlyNamedCopies() {
        CanvasViewModel.Copied copied = model(FLOW).copy(List.of("/States/D"));

        String text = textAfter(model(FLOW).paste("/States/A", copied.text()));

        assertEquals("Copied 1 state.", copied.message());
        assertTrue(text.contains("\"D (1)\""), text);
    }

    @Test
    void statesOfDifferentGraphsCannotBeDeletedTogether() {
        String nested = """
                {"StartAt": "P", "States": {
                  "P": {"Type": "Parallel", "End": true, "Branches": [
                    {"StartAt": "X", "States": {"X": {"Type": "Pass", "Next": "Y"}, "Y": {"Type": "Succeed"}}}]}}}
                """;

        CanvasOutcome outcome = model(nested).delete(List.of("/States/P", "/States/P/Branches/0/States/X"));

        assertEquals(new CanvasOutcome.Refuse(CanvasViewModel.ONE_GRAPH), outcome);
        assertInstanceOf(CanvasOutcome.Apply.class, model(nested).delete(List.of("/States/P/Branches/0/States/X")));
    }

    @Test
    void editsAreRefusedWhileTheTextDoesNotParse() {
        CanvasOutcome outcome = model("{\"StartAt\": \"A\", \"States\": {").delete(List.of("/States/A"));

        assertEquals(new CanvasOutcome.Refuse(CanvasViewModel.NOT_PARSED), outcome);
    }

    @Test
    void theConnectKindFollowsTheSource() {
        Map<String, State> states = AslParser.parse(FLOW, DocumentFormat.JSON).stateMachine().states();

        assertEquals(List.of(Transition.Kind.NEXT), CanvasViewModel.connectKinds(states.get("D")));
        assertEquals(List.of(Transition.Kind.CATCH), CanvasViewModel.connectKinds(states.get("B")));
        assertEquals(List.of(Transition.Kind.NEXT), CanvasViewModel.connectKinds(states.get("A")));
    }
}
