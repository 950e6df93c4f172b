package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.app.session.NodePositions;
import statewise.layout.Box;
import statewise.layout.LayoutResult;
import statewise.layout.NodeKind;
import statewise.layout.PlacedNode;
import statewise.layout.Point;
import statewise.layout.Size;

class PaletteDropsTest {

    private static final PlacedNode FAN = new PlacedNode("/States/Fan", null, NodeKind.PARALLEL, "Fan",
            new Box(100, 100, 400, 300), true, 28);
    private static final PlacedNode BRANCH = new PlacedNode("/States/Fan/Branches/0", "/States/Fan",
            NodeKind.BRANCH, "Branch 1", new Box(120, 140, 360, 240), true, 24);
    private static final LayoutResult LAYOUT = new LayoutResult(new Size(600, 500), List.of(FAN, BRANCH),
            List.of());

    @Test
    void aDropOnEmptyCanvasIsPinnedCentredOnTheDropPoint() {
        assertEquals(new NodePositions.Position(540, 30), PaletteDrops.pinAt(LAYOUT, new Point(600, 50)));
    }

    @Test
    void aDropIntoABranchIsLeftToTheLayoutOfItsBody() {
        assertNull(PaletteDrops.pinAt(LAYOUT, new Point(300, 150)), "on the branch's title strip");
        assertNull(PaletteDrops.pinAt(LAYOUT, new Point(300, 300)), "inside the branch");
    }
}
