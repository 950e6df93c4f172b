package statewise.layout.keep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.layout.Box;
import statewise.layout.Point;

class StretchTest {

    /** Out of a Choice's right side, over to a trunk, down it and into a Fail state's right side. */
    private static final Drawing.Route ROUTE = new Drawing.Route(List.of(new Point(10, 0), new Point(10, 20),
            new Point(100, 20), new Point(100, 300), new Point(80, 300)), new Box(14, 2, 40, 12));
    private static final Point STILL = new Point(0, 0);

    @Test
    void targetMovedDownStretchesTheSegmentAlongTheMoveNearestToIt() {
        List<Drawing.Route> candidates = Stretch.candidates(ROUTE, STILL, new Point(0, 76));
        assertEquals(new Drawing.Route(List.of(new Point(10, 0), new Point(10, 20), new Point(100, 20),
                new Point(100, 376), new Point(80, 376)), ROUTE.label()), candidates.get(0));
        assertEquals(new Drawing.Route(List.of(new Point(10, 0), new Point(10, 96), new Point(100, 96),
                new Point(100, 376), new Point(80, 376)), ROUTE.label()), candidates.get(1));
    }

    @Test
    void segmentsThatWouldTurnRoundOrShrinkBelowALaneAreNotStretched() {
        assertEquals(List.of(), Stretch.candidates(ROUTE, STILL, new Point(0, -400)));
        List<Drawing.Route> up = Stretch.candidates(ROUTE, STILL, new Point(0, -15));
        assertEquals(1, up.size());
        assertEquals(new Point(100, 285), up.get(0).points().get(3));
    }

    @Test
    void sourceMovedSidewaysTakesTheLabelAlong() {
        List<Drawing.Route> candidates = Stretch.candidates(ROUTE, new Point(30, 0), STILL);
        assertEquals(new Drawing.Route(List.of(new Point(40, 0), new Point(40, 20), new Point(100, 20),
                new Point(100, 300), new Point(80, 300)), new Box(44, 2, 40, 12)), candidates.get(0));
    }

    @Test
    void endsMovedAlikeMoveTheRouteAndEndsMovedApartOrOnASlantGiveNone() {
        assertEquals(List.of(ROUTE), Stretch.candidates(ROUTE, STILL, STILL));
        assertEquals(List.of(ROUTE.translate(5, 7)), Stretch.candidates(ROUTE, new Point(5, 7), new Point(5, 7)));
        assertEquals(List.of(), Stretch.candidates(ROUTE, new Point(0, 5), new Point(0, 7)));
        assertEquals(List.of(), Stretch.candidates(ROUTE, STILL, new Point(3, 4)));
    }
}
