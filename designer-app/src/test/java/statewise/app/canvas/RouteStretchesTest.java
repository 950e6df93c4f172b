package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.layout.Arrowhead;
import statewise.layout.Box;
import statewise.layout.Point;

class RouteStretchesTest {

    private static final Box TILE = new Box(0, 0, 100, 100);

    @Test
    void aRouteIsCutToTheTileAndSplitWhereItLeavesIt() {
        RouteStretches stretches = new RouteStretches(TILE);

        List<List<Point>> runs = stretches.runs(List.of(new Point(50, -500), new Point(50, 40), new Point(300, 40),
                new Point(300, 60), new Point(80, 60), new Point(80, 900)), 0);

        assertEquals(List.of(List.of(new Point(50, 0), new Point(50, 40), new Point(100, 40)),
                List.of(new Point(100, 60), new Point(80, 60), new Point(80, 100))), runs);
    }

    @Test
    void aStretchSharedByManyEdgesIsStrokedAtMostSoManyTimes() {
        RouteStretches stretches = new RouteStretches(TILE);
        int stroked = 0;
        for (int i = 0; i < 500; i++) {
            List<Point> route = List.of(new Point(200, -i), new Point(90, -i), new Point(90, 1000 + i));
            stroked += stretches.runs(route, 0).stream().filter(run -> run.contains(new Point(90, 100))).count();
        }

        assertEquals(RouteStretches.MOST, stroked, "the shared stretch down the tile's right side");
        assertFalse(stretches.runs(List.of(new Point(200, 5), new Point(90, 5)), 0).isEmpty(),
                "a stretch of its own is still stroked");
        assertEquals(1, stretches.runs(List.of(new Point(90, -50), new Point(90, 500)), 1).size(),
                "another colour counts apart");
    }

    @Test
    void arrowheadsOnOneSpotAreDrawnAtMostSoManyTimesAndOnlyWithinTheTile() {
        RouteStretches stretches = new RouteStretches(TILE);
        Arrowhead head = Arrowhead.of(List.of(new Point(50, 0), new Point(50, 50)));
        int drawn = 0;
        for (int i = 0; i < 100; i++) {
            drawn += stretches.arrowhead(head, 0) ? 1 : 0;
        }

        assertEquals(RouteStretches.MOST, drawn);
        assertTrue(stretches.arrowhead(head, 1));
        assertFalse(stretches.arrowhead(Arrowhead.of(List.of(new Point(500, 0), new Point(500, 50))), 0));
    }
}
