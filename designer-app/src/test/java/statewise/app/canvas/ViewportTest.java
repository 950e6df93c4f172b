package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import statewise.layout.Box;
import statewise.layout.Point;

class ViewportTest {

    private static final double EPS = 1e-9;

    @Test
    void zoomAtKeepsThePointUnderTheCursorStill() {
        Viewport v = new Viewport(0.8, 30, -12);
        Point before = v.toWorld(200, 150);

        Viewport zoomed = v.zoomAt(1.5, 200, 150);

        Point after = zoomed.toWorld(200, 150);
        assertEquals(1.2, zoomed.scale(), EPS);
        assertEquals(before.x(), after.x(), EPS);
        assertEquals(before.y(), after.y(), EPS);
    }

    @Test
    void zoomStopsAtItsLimits() {
        assertEquals(Viewport.MAX_SCALE, Viewport.IDENTITY.zoomAt(100, 0, 0).scale(), EPS);
        assertEquals(Viewport.MIN_SCALE, Viewport.IDENTITY.zoomAt(0.0001, 0, 0).scale(), EPS);
    }

    @Test
    void toScreenUndoesToWorld() {
        Viewport v = new Viewport(2.5, -40, 17);
        Point screen = v.toScreen(v.toWorld(123, 456));
        assertEquals(123, screen.x(), EPS);
        assertEquals(456, screen.y(), EPS);
    }

    @Test
    void fitShowsAllOfALargeDiagramCentred() {
        Viewport v = Viewport.fit(new Box(0, 0, 1000, 500), 520, 520, 10);

        assertEquals(0.5, v.scale(), EPS);
        assertEquals(10, v.toScreen(new Point(0, 0)).x(), EPS);
        assertEquals(385, v.toScreen(new Point(1000, 500)).y(), EPS);
    }

    @Test
    void fitNeverMagnifiesASmallDiagram() {
        Viewport v = Viewport.fit(new Box(0, 0, 100, 50), 800, 600, 20);

        assertEquals(1, v.scale(), EPS);
        assertEquals(350, v.toScreen(new Point(0, 0)).x(), EPS);
    }

    @Test
    void overviewOfATallDiagramShowsItsWholeWidthFromTheTop() {
        Viewport v = Viewport.overview(new Box(0, 0, 400, 3000), 600, 400, 20, 0.75);

        assertEquals(1, v.scale(), EPS);
        assertEquals(20, v.toScreen(new Point(0, 0)).y(), EPS);
        assertEquals(100, v.toScreen(new Point(0, 0)).x(), EPS);
    }

    @Test
    void overviewOfAHugeDiagramStaysReadable() {
        Viewport v = Viewport.overview(new Box(0, 0, 2000, 3000), 600, 400, 20, 0.75);

        assertEquals(0.75, v.scale(), EPS);
        assertEquals(-450, v.toScreen(new Point(0, 0)).x(), EPS);
        assertEquals(20, v.toScreen(new Point(0, 0)).y(), EPS);
    }

    @Test
    void overviewOfADiagramThatFitsShowsAllOfIt() {
        Box content = new Box(0, 0, 300, 200);

        assertEquals(Viewport.fit(content, 600, 400, 20), Viewport.overview(content, 600, 400, 20, 0.75));
    }

    @Test
    void visibleIsTheWorldRectangleOnScreen() {
        Box shown = new Viewport(2, 100, 50).visible(400, 200);

        assertEquals(new Box(-50, -25, 200, 100), shown);
    }

    @Test
    void panMovesByScreenPixels() {
        Viewport v = new Viewport(2, 0, 0).panBy(10, -4);

        assertEquals(new Point(-5, 2), v.toWorld(0, 0));
    }
}
