package statewise.app.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import statewise.layout.Box;

/**
 * One square of the zoomed-out picture ({@link LowDetailLayer}): the picture is cut into tiles of {@link #SIDE}
 * screen pixels on a grid fixed in the diagram at a zoom, column {@code col} and row {@code row} from the diagram's
 * origin, so a pan paints only the tiles it brings near the view and keeps the others. Tile edges fall on whole
 * pixels of the picture at that zoom, so neighbours meet without a seam (an overlap would show: a line painted in
 * both would darken where they overlap).
 */
record PictureTile(int col, int row) {

    /** The side of a tile in screen pixels. */
    static final int SIDE = 256;

    /** The part of the diagram the tile shows at zoom {@code scale}. */
    Box box(double scale) {
        double side = SIDE / scale;
        return new Box(col * side, row * side, side, side);
    }

    /**
     * The tiles meeting {@code area} (diagram coordinates) at zoom {@code scale}, those nearest the middle of
     * {@code near} first, so the part on screen is painted before the margin around it.
     */
    static List<PictureTile> over(Box area, double scale, Box near) {
        double side = SIDE / scale;
        int firstCol = (int) Math.floor(area.x() / side);
        int lastCol = (int) Math.ceil(area.right() / side) - 1;
        int firstRow = (int) Math.floor(area.y() / side);
        int lastRow = (int) Math.ceil(area.bottom() / side) - 1;
        List<PictureTile> tiles = new ArrayList<>();
        for (int row = firstRow; row <= Math.max(firstRow, lastRow); row++) {
            for (int col = firstCol; col <= Math.max(firstCol, lastCol); col++) {
                tiles.add(new PictureTile(col, row));
            }
        }
        double x = near.centerX();
        double y = near.centerY();
        tiles.sort(Comparator.comparingDouble(tile -> {
            Box b = tile.box(scale);
            double dx = Math.max(0, Math.abs(b.centerX() - x) - b.width() / 2);
            double dy = Math.max(0, Math.abs(b.centerY() - y) - b.height() / 2);
            return dx * dx + dy * dy;
        }));
        return tiles;
    }
}
