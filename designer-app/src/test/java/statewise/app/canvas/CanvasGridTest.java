package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
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
    void zoomingBackAndForthAcrossAStepShowsTheGridsAlreadyMade() {
        CanvasGrid grid = new CanvasGrid();
        grid.redraw(new Viewport(0.42, 0, 0), 800, 600);
        Path above = shown(grid);
        grid.redraw(new Viewport(0.38, 0, 0), 800, 600);
        Path below = shown(grid);
        List<PathElement> belowLines = List.copyOf(below.getElements());

        grid.redraw(new Viewport(0.42, 5, 5), 800, 600);
        assertSame(above, shown(grid), "the grid of the step above, made before");
        grid.redraw(new Viewport(0.38, 9, 9), 800, 600);

        assertSame(below, shown(grid));
        assertEquals(belowLines, below.getElements(), "its lines were not made again");
        assertEquals(2, grid.paths().size());
    }

    @Test
    void aThirdStepReusesTheLeastRecentlyShownGrid() {
        CanvasGrid grid = new CanvasGrid();
        grid.redraw(new Viewport(1, 0, 0), 800, 600);
        grid.redraw(new Viewport(0.38, 0, 0), 800, 600);
        grid.redraw(new Viewport(0.2, 0, 0), 800, 600);

        assertEquals(2, grid.paths().size(), "at most two grids kept");
        List<PathElement> lines = shown(grid).getElements();
        double gap = ((MoveTo) lines.get(2)).getX() - ((MoveTo) lines.get(0)).getX();
        assertEquals(CanvasGrid.Lines.step(0.2), gap, 1e-9, "the grid shown has the third step's lines");
    }

    private static Path shown(CanvasGrid grid) {
        List<Path> shown = grid.paths().stream().filter(Path::isVisible).toList();
        assertEquals(1, shown.size(), "one grid shown");
        return shown.get(0);
    }

    @Test
    void onlyTheVisiblePartIsDrawnHoweverFarThePan() {
        CanvasGrid.Lines lines = CanvasGrid.Lines.of(new Viewport(1, -250_000, 180_000), 200, 100);

        assertEquals(5, lines.xs().size());
        assertEquals(3, lines.ys().size());
    }
}
