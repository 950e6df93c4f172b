package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.app.session.Analysis;
import statewise.app.session.NodePositions;
import statewise.app.session.SessionDocument;
import statewise.app.session.TextEdit;
import statewise.layout.DiagramGraphs;
import statewise.layout.EdgeKind;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;

class EdgeEditsTest {

    private static final String FLOW = """
            {
              "StartAt": "A",
              "States": {
                "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "B",
                  "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "F"}]},
                "B": {"Type": "Choice", "Choices": [
                  {"Variable": "$.x", "NumericLessThan": 1, "Next": "C"},
                  {"Variable": "$.x", "NumericGreaterThan": 9, "Next": "F"}], "Default": "D"},
                "C": {"Type": "Pass", "End": true},
                "D": {"Type": "Pass", "Next": "C"},
                "F": {"Type": "Fail"}
              }
            }
            """;

    private static EdgeEdits edits() {
        SessionDocument document = SessionDocument.of(1, Analysis.of("flow.asl.json", FLOW), NodePositions.none());
        return new EdgeEdits(() -> document);
    }

    private static RoutedEdge edge(String from, String to, EdgeKind kind, int index) {
        String id = from + "/" + kind + index;
        return new RoutedEdge(id, from, to, kind, index, List.of(new Point(0, 0), new Point(0, 10)), null);
    }

    private static String textAfter(CanvasOutcome outcome) {
        CanvasOutcome.Apply apply = assertInstanceOf(CanvasOutcome.Apply.class, outcome);
        String text = TextEdit.apply(FLOW, apply.patch().edits());
        assertEquals(apply.patch().newText(), text);
        return text;
    }

    @Test
    void deletingACatchEdgeRemovesTheCatcherOnly() {
        String text = textAfter(edits().disconnect(edge("/States/A", "/States/F", EdgeKind.CATCH, 0)));

        assertFalse(text.contains("Catch"), text);
        assertTrue(text.contains("\"Next\": \"B\""), text);
    }

    @Test
    void deletingASecondChoiceRuleKeepsTheFirst() {
        String text = textAfter(edits().disconnect(edge("/States/B", "/States/F", EdgeKind.CHOICE, 1)));

        assertTrue(text.contains("NumericLessThan"), text);
        assertFalse(text.contains("NumericGreaterThan"), text);
    }

    @Test
    void deletingTheOnlyWayToAStateIsRefusedWithAReason() {
        RoutedEdge aToB = edge("/States/A", "/States/B", EdgeKind.NEXT, -1);

        CanvasOutcome.Refuse refuse = assertInstanceOf(CanvasOutcome.Refuse.class, edits().disconnect(aToB));

        assertFalse(refuse.reason().isBlank());
        assertEquals(refuse.reason(), edits().whyNotDisconnect(aToB));
    }

    @Test
    void theMarkersEdgesCannotBeDeletedButCanBeMoved() {
        RoutedEdge start = edge(DiagramGraphs.START_ID, "/States/A", EdgeKind.START, -1);
        RoutedEdge end = edge("/States/C", DiagramGraphs.END_ID, EdgeKind.END, -1);

        assertEquals(new CanvasOutcome.Refuse(EdgeEdits.START_EDGE), edits().disconnect(start));
        assertEquals(new CanvasOutcome.Refuse(EdgeEdits.END_EDGE), edits().disconnect(end));
        String text = textAfter(edits().reconnect(end, "/States/F"));
        assertTrue(text.contains("\"C\": {\"Type\": \"Pass\", \"Next\": \"F\"}"), text);
    }

    @Test
    void movingAnEdgesEndRewritesOnlyItsTarget() {
        RoutedEdge firstRule = edge("/States/B", "/States/C", EdgeKind.CHOICE, 0);

        CanvasOutcome.Apply apply = assertInstanceOf(CanvasOutcome.Apply.class,
                edits().reconnect(firstRule, "/States/D"));

        assertEquals(1, apply.patch().edits().size());
        assertEquals("\"D\"", apply.patch().edits().get(0).replacement());
        assertTrue(textAfter(apply).contains("\"NumericLessThan\": 1, \"Next\": \"D\""));
        assertInstanceOf(CanvasOutcome.Refuse.class, edits().reconnect(firstRule, "/States/C"));
    }

    @Test
    void movingTheStartEdgeIsCheckedLikeSettingTheStartState() {
        RoutedEdge start = edge(DiagramGraphs.START_ID, "/States/A", EdgeKind.START, -1);

        CanvasOutcome outcome = edits().reconnect(start, "/States/B");

        assertInstanceOf(CanvasOutcome.Refuse.class, outcome, "A would become unreachable");
        assertInstanceOf(CanvasOutcome.Refuse.class, edits().reconnect(start, DiagramGraphs.END_ID));
    }
}
