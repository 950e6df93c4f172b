package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.layout.Box;
import statewise.layout.EdgeKind;
import statewise.layout.NodeKind;
import statewise.layout.PlacedLabel;
import statewise.layout.PlacedNode;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;

class DrawnAreaTest {

    private static final Box SCREEN = new Box(0, 0, 1000, 800);

    private static PlacedNode node(double x, double y) {
        return new PlacedNode("/States/N", null, NodeKind.PASS, "N", new Box(x, y, 120, 40), false, 0);
    }

    private static RoutedEdge edge(Point from, Point to, PlacedLabel label) {
        return new RoutedEdge("/States/A/Next", "/States/A", "/States/B", EdgeKind.NEXT, -1, List.of(from, to), label);
    }

    @Test
    void everythingIsDrawnUntilTheViewIsKnown() {
        DrawnArea drawn = new DrawnArea();

        assertTrue(drawn.draws(node(1e6, 1e6)));
        assertTrue(drawn.draws(node(-1e6, -1e6)));
    }

    @Test
    void nodesWithinHalfAScreenAreDrawnAndFartherOnesAreNot() {
        DrawnArea drawn = new DrawnArea();

        assertTrue(drawn.follow(SCREEN));

        assertTrue(drawn.draws(node(100, 100)), "on screen");
        assertTrue(drawn.draws(node(1400, 1100)), "just off screen, within the margin");
        assertTrue(drawn.draws(node(-550, -420)), "overlapping the margin's far corner");
        assertFalse(drawn.draws(node(1600, 100)), "past the margin on the right");
        assertFalse(drawn.draws(node(100, -500)), "past the margin above");
    }

    @Test
    void zoomingFarInPlacesTheAreaAroundTheViewAgain() {
        DrawnArea drawn = new DrawnArea();
        drawn.follow(new Box(0, 0, 10_000, 8_000));

        assertFalse(drawn.follow(new Box(800, 700, 10_000 / Viewport.STEP, 8_000 / Viewport.STEP)),
                "a notch in keeps the area");
        assertTrue(drawn.follow(new Box(4_500, 3_600, 1000, 800)), "zoomed in tenfold");

        assertTrue(drawn.draws(node(5_000, 4_000)), "in view");
        assertFalse(drawn.draws(node(100, 100)), "in the fit view's corner, far from the view now");
    }

    @Test
    void aLongEdgeCrossingTheViewIsDrawnThoughBothEndsAreFarAway() {
        DrawnArea drawn = new DrawnArea();
        drawn.follow(SCREEN);

        assertTrue(drawn.draws(edge(new Point(500, -5000), new Point(500, 5000), null)));
        assertFalse(drawn.draws(edge(new Point(5000, -5000), new Point(5000, 5000), null)));
    }

    @Test
    void anEdgeIsDrawnWhenOnlyItsLabelReachesTheArea() {
        DrawnArea drawn = new DrawnArea();
        drawn.follow(SCREEN);

        assertTrue(drawn.draws(edge(new Point(3000, 0), new Point(3000, 100),
                new PlacedLabel("rule", new Box(1400, 50, 200, 18)))));
    }

    @Test
    void panningWithinTheMarginKeepsTheAreaAndPanningPastItMovesIt() {
        DrawnArea drawn = new DrawnArea();
        drawn.follow(SCREEN);

        assertFalse(drawn.follow(SCREEN.translate(300, 200)), "a small pan reuses the views made");
        assertTrue(drawn.draws(node(-550, -420)), "the area stays where it was, its far corner included");
        assertTrue(drawn.follow(SCREEN.translate(800, 0)), "a pan past the margin moves the area");
        assertTrue(drawn.draws(node(1850, 850)), "around the new view");
        assertFalse(drawn.draws(node(-550, -420)), "and no longer around the old one");
    }

    @Test
    void zoomingOutPastTheAreaGrowsIt() {
        DrawnArea drawn = new DrawnArea();
        drawn.follow(SCREEN);

        assertTrue(drawn.follow(new Box(-2000, -2000, 5000, 4000)));
        assertTrue(drawn.draws(node(2800, 1900)));
    }

    @Test
    void drawingEverythingForAPictureIsAMove() {
        DrawnArea drawn = new DrawnArea();
        drawn.follow(SCREEN);

        assertTrue(drawn.follow(null));
        assertTrue(drawn.draws(node(1e6, 1e6)));
        assertFalse(drawn.follow(null));
    }
}
