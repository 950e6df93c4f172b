package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CanvasGridTest {

    @Test
    void atFullSizeALineFallsEverySpacingOnTheCentresOfPixels() {
        CanvasGrid.Lines lines = CanvasGrid.Lines.of(Viewport.IDENTITY, 60, 40);

        assertEquals(List.of(0.5, 40.5), lines.xs());
        assertEquals(List.of(0.5), lines.ys());
    }

    @Test
    void theGridPansAndZoomsWithTheDiagram() {
        Viewport view = new Viewport(1.5, 7, -4);

        CanvasGrid.Lines lines = CanvasGrid.Lines.of(view, 100, 100);

        assertEquals(List.of(7.5, 67.5), lines.xs());
        assertEquals(List.of(56.5), lines.ys());
        double diagramY = view.toWorld(0, 56).y();
        assertEquals(0, Math.IEEEremainder(diagramY, CanvasGrid.SPACING), 1e-9);
    }

    @Test
    void zoomedOutTheGridThinsOutSoLinesNeverCrowd() {
        CanvasGrid.Lines lines = CanvasGrid.Lines.of(new Viewport(Viewport.MIN_SCALE, 0, 0), 1200, 800);

        assertEquals(16.0, lines.xs().get(1) - lines.xs().get(0));
        assertTrue(lines.xs().size() + lines.ys().size() < 130, "lines: " + (lines.xs().size() + lines.ys().size()));
    }

    @Test
    void zoomedOutTheGridFadesSoItStaysAQuietDecoration() {
        double full = CanvasGrid.Lines.of(Viewport.IDENTITY, 100, 100).opacity();
        double closer = CanvasGrid.Lines.of(new Viewport(2, 0, 0), 100, 100).opacity();
        double at70 = CanvasGrid.Lines.of(new Viewport(0.7, 0, 0), 100, 100).opacity();
        double at50 = CanvasGrid.Lines.of(new Viewport(0.5, 0, 0), 100, 100).opacity();
        double farthest = CanvasGrid.Lines.of(new Viewport(Viewport.MIN_SCALE, 0, 0), 100, 100).opacity();

        assertEquals(1.0, full, "at 100 % the grid is the theme's token (checked by ThemeContrastTest)");
        assertEquals(1.0, closer);
        assertTrue(at70 < 0.5 && at50 < at70, "70 %: " + at70 + ", 50 %: " + at50);
        assertEquals(CanvasGrid.FAINTEST, farthest, 1e-9);
    }

    @Test
    void onlyTheVisiblePartIsDrawnHoweverFarThePan() {
        CanvasGrid.Lines lines = CanvasGrid.Lines.of(new Viewport(1, -250_000, 180_000), 200, 100);

        assertEquals(5, lines.xs().size());
        assertEquals(3, lines.ys().size());
    }
}
