package statewise.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArrowheadTest {

    @Test
    void arrowheadPointsAlongTheLastSegmentWithItsTipOnTheTarget() {
        Arrowhead head = Arrowhead.of(List.of(new Point(0, 0), new Point(50, 0), new Point(50, 40)));

        assertEquals(new Point(50, 40), head.tip());
        assertEquals(new Point(50, 32), head.base());
        assertEquals(new Point(46, 32), head.left());
        assertEquals(new Point(54, 32), head.right());
        assertFalse(head.pointless());
    }

    @Test
    void aLastSegmentShorterThanTheArrowheadPutsItsBaseAtTheSegmentStart() {
        Arrowhead head = Arrowhead.of(List.of(new Point(10, 5), new Point(13, 5)));

        assertEquals(new Point(10, 5), head.base());
        assertEquals(new Point(10, 9), head.left());
    }

    @Test
    void aLastSegmentWithoutLengthHasNoDirection() {
        Arrowhead head = Arrowhead.of(List.of(new Point(10, 5), new Point(10, 5)));

        assertTrue(head.pointless());
        assertEquals(head.tip(), head.base());
    }
}
