package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import statewise.app.session.NodePositions.Position;
import statewise.layout.Box;

class ArrangeTest {

    private static Map<String, Box> boxes() {
        Map<String, Box> boxes = new LinkedHashMap<>();
        boxes.put("a", new Box(10, 0, 100, 40));
        boxes.put("b", new Box(50, 100, 60, 40));
        boxes.put("c", new Box(300, 250, 100, 20));
        return boxes;
    }

    @Test
    void alignLeftMovesEveryBoxToTheLeftmostEdgeKeepingItsHeight() {
        Map<String, Position> moved = Arrange.ALIGN_LEFT.positions(boxes());

        assertEquals(Map.of("a", new Position(10, 0), "b", new Position(10, 100), "c", new Position(10, 250)), moved);
    }

    @Test
    void alignBottomLinesUpTheLowestEdges() {
        Map<String, Position> moved = Arrange.ALIGN_BOTTOM.positions(boxes());

        assertEquals(new Position(50, 230), moved.get("b"));
        assertEquals(new Position(300, 250), moved.get("c"));
    }

    @Test
    void distributeAcrossSpacesCentresEvenlyBetweenTheOutermost() {
        Map<String, Position> moved = Arrange.DISTRIBUTE_ACROSS.positions(boxes());

        assertEquals(new Position(10, 0), moved.get("a"));
        assertEquals(new Position(175, 100), moved.get("b"), "centre halfway between 60 and 350");
        assertEquals(new Position(300, 250), moved.get("c"));
    }

    @Test
    void tooFewNodesLeaveEverythingWhereItIs() {
        Map<String, Box> two = new LinkedHashMap<>(boxes());
        two.remove("c");

        assertEquals(Map.of(), Arrange.DISTRIBUTE_DOWN.positions(two));
        assertEquals(Map.of(), Arrange.ALIGN_TOP.positions(Map.of("a", new Box(0, 0, 1, 1))));
    }
}
