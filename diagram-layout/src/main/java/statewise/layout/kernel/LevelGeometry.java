package statewise.layout.kernel;

import java.util.List;
import java.util.Map;
import statewise.layout.Box;
import statewise.layout.Size;

/**
 * The layout of one level of the diagram relative to that level's own top-left corner: what the kernel computes for
 * the top level and for the body of every container, before the levels are put together in absolute coordinates.
 *
 * @param size  the level's whole size (for a container body: the container's size, title strip included)
 * @param boxes every node of the level by id
 * @param edges every edge of the level, in the level's order
 */
record LevelGeometry(Size size, Map<String, Box> boxes, List<EdgeGeometry> edges) {

    LevelGeometry {
        boxes = Map.copyOf(boxes);
        edges = List.copyOf(edges);
    }
}
