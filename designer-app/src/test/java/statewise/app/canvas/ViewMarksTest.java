package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.css.PseudoClass;
import org.junit.jupiter.api.Test;
import statewise.layout.Box;
import statewise.layout.EdgeKind;
import statewise.layout.NodeKind;
import statewise.layout.PlacedNode;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;

class ViewMarksTest {

    private static final PseudoClass RUNNING = PseudoClass.getPseudoClass("status-running");
    private static final PseudoClass TAKEN = PseudoClass.getPseudoClass("taken");
    private static final PlacedNode TASK = new PlacedNode("/States/A", null, NodeKind.TASK, "A",
            new Box(0, 0, 120, 40), false, 0);
    private static final PlacedNode FAN = new PlacedNode("/States/Fan", null, NodeKind.PARALLEL, "Fan",
            new Box(0, 100, 400, 300), true, 28);
    private static final RoutedEdge A_TO_B = new RoutedEdge("/States/A/Next", "/States/A", "/States/B",
            EdgeKind.NEXT, -1, List.of(new Point(60, 40), new Point(60, 100)), null);

    private final ViewMarks marks = new ViewMarks();

    @Test
    void aStateWithoutMarksIsPaintedAndAMarkOrTheSelectionGivesItAView() {
        assertTrue(marks.plain(TASK));
        assertTrue(marks.mark(TASK.id(), RUNNING, true));
        assertFalse(marks.plain(TASK), "a running state keeps its view");
        assertTrue(marks.mark(TASK.id(), RUNNING, false));
        assertTrue(marks.plain(TASK), "painted again once its last mark is cleared");
        marks.select(TASK.id(), true);
        assertFalse(marks.plain(TASK), "a selected state keeps its view");
    }

    @Test
    void containersAreNeverPainted() {
        assertFalse(marks.plain(FAN));
    }

    @Test
    void anEdgeOnTheRunPathSelectedOrUnderADropKeepsItsView() {
        assertTrue(marks.plain(A_TO_B));
        marks.markEdges("/States/A", "/States/B", TAKEN, true);
        assertFalse(marks.plain(A_TO_B));
        marks.markEdges("/States/A", "/States/B", TAKEN, false);
        marks.selectEdge(A_TO_B.id());
        assertFalse(marks.plain(A_TO_B));
        marks.selectEdge(null);
        marks.dropEdge(A_TO_B.id());
        assertFalse(marks.plain(A_TO_B));
        marks.dropEdge(null);
        assertTrue(marks.plain(A_TO_B));
    }

    @Test
    void settingAMarkTwiceChangesNothingTheSecondTime() {
        assertTrue(marks.mark(TASK.id(), RUNNING, true));
        assertFalse(marks.mark(TASK.id(), RUNNING, true));
        assertTrue(marks.badge(TASK.id(), "2/5"));
        assertFalse(marks.badge(TASK.id(), "2/5"));
    }
}
