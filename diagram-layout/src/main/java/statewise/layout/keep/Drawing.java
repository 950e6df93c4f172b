package statewise.layout.keep;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.layout.Box;
import statewise.layout.Point;

/**
 * The geometry being assembled: every node's box and every edge's route and label box, in absolute coordinates,
 * changed step by step as blocks move, pins apply and edges are routed again.
 */
final class Drawing {

    /** One edge's route and label box (null when it has no label). */
    record Route(List<Point> points, @Nullable Box label) {

        Route {
            points = List.copyOf(points);
        }

        Route translate(double dx, double dy) {
            return new Route(points.stream().map(p -> p.translate(dx, dy)).toList(),
                    label == null ? null : label.translate(dx, dy));
        }
    }

    final Map<String, Box> boxes = new HashMap<>();
    final Map<String, Route> routes = new HashMap<>();

    void moveNodes(Iterable<String> ids, double dx, double dy) {
        for (String id : ids) {
            boxes.computeIfPresent(id, (k, box) -> box.translate(dx, dy));
        }
    }

    void moveRoutes(Iterable<String> edgeIds, double dx, double dy) {
        for (String id : edgeIds) {
            routes.computeIfPresent(id, (k, route) -> route.translate(dx, dy));
        }
    }
}
