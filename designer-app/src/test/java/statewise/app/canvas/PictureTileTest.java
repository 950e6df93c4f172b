package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.layout.Box;

class PictureTileTest {

    private static final double ZOOM = 0.25;
    /** A tile's side in diagram units at {@link #ZOOM}. */
    private static final double SIDE = PictureTile.SIDE / ZOOM;

    @Test
    void tilesOverAnAreaCoverItWithoutGapsOrRepeats() {
        Box area = new Box(-100, 50, 3 * SIDE, 2 * SIDE);

        List<PictureTile> tiles = PictureTile.over(area, ZOOM, area);

        assertEquals(12, tiles.size(), "four columns (one partly left of the origin) by three rows: " + tiles);
        assertEquals(tiles.size(), new HashSet<>(tiles).size());
        for (double x = area.x(); x < area.right(); x += SIDE / 7) {
            for (double y = area.y(); y < area.bottom(); y += SIDE / 7) {
                Box point = new Box(x, y, 0, 0);
                assertTrue(tiles.stream().anyMatch(tile -> tile.box(ZOOM).contains(point)), x + ", " + y);
            }
        }
    }

    @Test
    void tilesNearestTheViewComeFirst() {
        Box area = new Box(0, 0, 5 * SIDE, 5 * SIDE);
        Box view = new Box(2 * SIDE + 10, 2 * SIDE + 10, 10, 10);

        List<PictureTile> tiles = PictureTile.over(area, ZOOM, view);

        assertEquals(new PictureTile(2, 2), tiles.get(0), "the tile under the view");
        assertTrue(List.of(new PictureTile(0, 0), new PictureTile(4, 0), new PictureTile(0, 4),
                new PictureTile(4, 4)).contains(tiles.get(tiles.size() - 1)), "a far corner last: " + tiles);
    }

    @Test
    void neighbouringTilesMeetOnWholePixels() {
        PictureTile left = new PictureTile(3, -2);
        PictureTile right = new PictureTile(4, -2);

        assertEquals(left.box(ZOOM).right(), right.box(ZOOM).x(), 1e-9);
        assertEquals(4.0 * PictureTile.SIDE, right.box(ZOOM).x() * ZOOM, 1e-9);
    }
}
