package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import statewise.app.canvas.FlowNavigation.Direction;
import statewise.layout.Box;
import statewise.layout.DiagramGraphs;
import statewise.layout.EdgeKind;
import statewise.layout.LayoutResult;
import statewise.layout.NodeKind;
import statewise.layout.PlacedNode;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;
import statewise.layout.Size;

class FlowNavigationTest {

    /** Start → Check (Choice) → Left | Right; Right → Par (Parallel) holding Inner; Par → End. */
    private static final LayoutResult LAYOUT = new LayoutResult(new Size(400, 500), List.of(
            node(DiagramGraphs.START_ID, null, NodeKind.START, 100, 0, false),
            node("/States/Check", null, NodeKind.CHOICE, 100, 60, false),
            node("/States/Left", null, NodeKind.PASS, 0, 140, false),
            node("/States/Right", null, NodeKind.PASS, 200, 140, false),
            node("/States/Par", null, NodeKind.PARALLEL, 150, 220, true),
            node("/States/Par/Branches/0", "/States/Par", NodeKind.BRANCH, 160, 250, true),
            node("/States/Par/Branches/0/States/Inner", "/States/Par/Branches/0", NodeKind.PASS, 170, 280, false),
            node(DiagramGraphs.END_ID, null, NodeKind.END, 100, 450, false)), List.of(
            edge(DiagramGraphs.START_ID, "/States/Check", EdgeKind.START),
            edge("/States/Check", "/States/Left", EdgeKind.CHOICE),
            edge("/States/Check", "/States/Right", EdgeKind.DEFAULT),
            edge("/States/Right", "/States/Par", EdgeKind.NEXT),
            edge("/States/Par", DiagramGraphs.END_ID, EdgeKind.END)));

    private static PlacedNode node(String id, @Nullable String parent, NodeKind kind, double x, double y,
            boolean container) {
        return new PlacedNode(id, parent, kind, id, new Box(x, y, container ? 200 : 80, container ? 150 : 30),
                container, container ? 20 : 0);
    }

    private static RoutedEdge edge(String from, String to, EdgeKind kind) {
        int index = kind == EdgeKind.CHOICE ? 0 : -1;
        return new RoutedEdge(from + ">" + to, from, to, kind, index, List.of(new Point(0, 0), new Point(0, 1)), null);
    }

    private final FlowNavigation nav = new FlowNavigation(LAYOUT);

    @Test
    void withNothingSelectedAnyArrowSelectsTheStartState() {
        assertEquals("/States/Check", nav.step(null, Direction.DOWN));
    }

    @Test
    void downFollowsTheFlowIntoAndOutOfContainers() {
        assertEquals("/States/Left", nav.step("/States/Check", Direction.DOWN));
        assertEquals("/States/Par", nav.step("/States/Right", Direction.DOWN));
        assertEquals("/States/Par/Branches/0/States/Inner", nav.step("/States/Par", Direction.DOWN));
        assertNull(nav.step("/States/Par/Branches/0/States/Inner", Direction.DOWN), "the Parallel ends the flow");
    }

    @Test
    void upGoesBackAndOutToTheContainer() {
        assertEquals("/States/Check", nav.step("/States/Right", Direction.UP));
        assertEquals("/States/Par", nav.step("/States/Par/Branches/0/States/Inner", Direction.UP));
        assertNull(nav.step("/States/Check", Direction.UP));
    }

    @Test
    void leftAndRightMoveAmongTheTargetsOfAChoice() {
        assertEquals("/States/Right", nav.step("/States/Left", Direction.RIGHT));
        assertEquals("/States/Left", nav.step("/States/Right", Direction.LEFT));
        assertNull(nav.step("/States/Right", Direction.RIGHT));
    }
}
