package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/** What the right-click menu of an edge offers and what each of its items does (the menu cannot open headless). */
class EdgeMenuTest {

    private static final String FLOW = """
            {
              "StartAt": "A",
              "States": {
                "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "B",
                  "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "F"}]},
                "B": {"Type": "Pass", "Next": "F"},
                "F": {"Type": "Fail"}
              }
            }
            """;

    private static final EdgeEdits EDITS = new EdgeEdits(() -> SessionDocument.of(1,
            Analysis.of("flow.asl.json", FLOW), NodePositions.none()));

    private static RoutedEdge edge(String from, String to, EdgeKind kind, int index) {
        return new RoutedEdge(from + "/" + kind + index, from, to, kind, index,
                List.of(new Point(0, 0), new Point(0, 10)), null);
    }

    @Test
    void aCatchEdgeOffersDisconnectWhichDeletesTheCatcherInOneStep() {
        List<EdgeMenu.Entry> entries = offered(edge("/States/A", "/States/F", EdgeKind.CATCH, 0));

        assertEquals(1, entries.size());
        EdgeMenu.Entry disconnect = entries.get(0);
        assertEquals(EdgeMenu.DISCONNECT_ID, disconnect.id());
        assertEquals("Disconnect", disconnect.text());
        assertNotNull(disconnect.action(), "enabled");
        CanvasOutcome.Apply apply = assertInstanceOf(CanvasOutcome.Apply.class, disconnect.action().get());
        String text = TextEdit.apply(FLOW, apply.patch().edits());
        assertFalse(text.contains("Catch"), text);
        assertTrue(text.contains("\"Next\": \"B\""), text);
        assertEquals("Delete catcher 1 of 'A'", apply.patch().label());
    }

    @Test
    void aNextThatWouldStrandItsStateOffersDisconnectDisabledWithTheReasonBeneath() {
        RoutedEdge aToB = edge("/States/A", "/States/B", EdgeKind.NEXT, -1);

        List<EdgeMenu.Entry> entries = offered(aToB);

        assertEquals(2, entries.size());
        assertEquals("Disconnect", entries.get(0).text());
        assertNull(entries.get(0).action(), "disabled");
        assertEquals(EDITS.whyNotDisconnect(aToB), entries.get(1).text());
        assertTrue(entries.get(1).text().contains("B"), entries.get(1).text());
        assertNull(entries.get(1).action(), "the reason is a line to read, not to choose");
    }

    @Test
    void theStartEdgeSaysHowToMoveItInstead() {
        List<EdgeMenu.Entry> entries = offered(edge(DiagramGraphs.START_ID, "/States/A", EdgeKind.START, -1));

        assertNull(entries.get(0).action());
        assertEquals(EdgeEdits.START_EDGE, entries.get(1).text());
    }

    private static List<EdgeMenu.Entry> offered(RoutedEdge edge) {
        return EdgeMenu.entries(EDITS, edge);
    }
}
