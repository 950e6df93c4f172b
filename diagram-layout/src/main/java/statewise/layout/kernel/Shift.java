package statewise.layout.kernel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import statewise.layout.Point;
import statewise.layout.Size;

/** Moves the whole content of a level, for centring a container's content under a wide title. */
final class Shift {

    private Shift() {
    }

    static LevelGeometry geometry(LevelGeometry geometry, double dx, double dy, Size size) {
        Map<String, statewise.layout.Box> boxes = new LinkedHashMap<>();
        geometry.boxes().forEach((id, box) -> boxes.put(id, box.translate(dx, dy)));
        List<EdgeGeometry> edges = geometry.edges().stream().map(e -> new EdgeGeometry(e.edge(),
                e.points().stream().map(p -> p.translate(dx, dy)).toList(),
                e.label() == null ? null : e.label().translate(dx, dy))).toList();
        return new LevelGeometry(size, boxes, edges);
    }
}
