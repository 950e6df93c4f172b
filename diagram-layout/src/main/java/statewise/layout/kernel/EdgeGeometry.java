package statewise.layout.kernel;

import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.layout.Box;
import statewise.layout.DiagramEdge;
import statewise.layout.Point;

/**
 * One routed edge of a level, relative to the level's top-left corner.
 *
 * @param edge   the edge as given
 * @param points its route
 * @param label  its label's box, or null when it has no label
 */
record EdgeGeometry(DiagramEdge edge, List<Point> points, @Nullable Box label) {

    EdgeGeometry {
        points = List.copyOf(points);
    }
}
