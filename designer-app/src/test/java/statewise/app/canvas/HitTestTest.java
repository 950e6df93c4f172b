package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.layout.Box;
import statewise.layout.EdgeKind;
import statewise.layout.LayoutResult;
import statewise.layout.NodeKind;
import statewise.layout.PlacedLabel;
import statewise.layout.PlacedNode;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;
import statewise.layout.Size;

class HitTestTest {

    private static final PlacedNode MAP = new PlacedNode("/States/M", null, NodeKind.MAP, "M",
            new Box(0, 100, 300, 200), true, 28);
    private static final PlacedNode INNER = new PlacedNode("/States/M/ItemProcessor/States/I", "/States/M",
            NodeKind.TASK, "I", new Box(20, 150, 120, 40), false, 0);
    private static final PlacedNode A = new PlacedNode("/States/A", null, NodeKind.PASS, "A",
            new Box(0, 0, 120, 40), false, 0);
    private static final RoutedEdge A_TO_M = new RoutedEdge("/States/A/Next", "/States/A", "/States/M",
            EdgeKind.NEXT, -1, List.of(new Point(60, 40), new Point(60, 70), new Point(150, 70), new Point(150, 100)),
            new PlacedLabel("rule", new Box(200, 60, 40, 18)));
    private static final HitTest HIT = new HitTest(new LayoutResult(new Size(300, 300), List.of(A, MAP, INNER),
            List.of(A_TO_M)));

    @Test
    void aPlainNodeInsideAContainerIsHitBeforeTheContainer() {
        assertEquals(INNER, HIT.nodeAt(new Point(30, 160)));
    }

    @Test
    void aContainerIsHitByItsTitleStripOnly() {
        assertEquals(MAP, HIT.nodeAt(new Point(200, 110)));
        assertNull(HIT.nodeAt(new Point(200, 250)));
        assertEquals(MAP, HIT.containerAt(new Point(200, 250)));
    }

    @Test
    void emptyCanvasHitsNothing() {
        assertNull(HIT.nodeAt(new Point(250, 20)));
        assertNull(HIT.containerAt(new Point(250, 20)));
        assertNull(HIT.edgeAt(new Point(250, 20), HitTest.EDGE_TOLERANCE));
    }

    @Test
    void anEdgeIsHitNearItsRouteOrOnItsLabel() {
        assertEquals(A_TO_M, HIT.edgeAt(new Point(100, 74), HitTest.EDGE_TOLERANCE));
        assertEquals(A_TO_M, HIT.edgeAt(new Point(220, 65), HitTest.EDGE_TOLERANCE));
        assertNull(HIT.edgeAt(new Point(100, 90), HitTest.EDGE_TOLERANCE));
    }

    @Test
    void rubberBandSelectsStatesWhollyInside() {
        assertEquals(List.of(INNER), HIT.statesIn(new Box(10, 140, 200, 60)));
        assertEquals(List.of(A, MAP, INNER), HIT.statesIn(new Box(-1, -1, 400, 400)));
    }

    @Test
    void distanceToAPolylineIsToItsNearestSegment() {
        assertEquals(5, HitTest.distance(List.of(new Point(0, 0), new Point(10, 0), new Point(10, 10)),
                new Point(15, 5)), 1e-9);
    }
}
