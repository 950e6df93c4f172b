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
    void onlyTheVisiblePartIsDrawnHoweverFarThePan() {
        CanvasGrid.Lines lines = CanvasGrid.Lines.of(new Viewport(1, -250_000, 180_000), 200, 100);

        assertEquals(5, lines.xs().size());
        assertEquals(3, lines.ys().size());
    }
}
