package statewise.layout.keep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.layout.Box;
import statewise.layout.DiagramEdge;
import statewise.layout.DiagramGraph;
import statewise.layout.DiagramNode;
import statewise.layout.Point;
import statewise.layout.route.BoxIndex;
import statewise.layout.route.EdgePorts;
import statewise.layout.route.HubEdges;
import statewise.layout.route.LabelPlacer;
import statewise.layout.route.OrthogonalRouter;
import statewise.layout.route.Port;

/**
 * Gives every edge of every level its final route: the route it had (moved, or stretched to an end that moved;
 * see {@link Stretch}) when neither the route nor its label runs into a node of the level; otherwise a new one from
 * the {@link OrthogonalRouter}, around the level's nodes, leaving and entering at the same ports as the kernel's
 * routes ({@link EdgePorts}; edges into a hub from the side, see {@link HubEdges}), with its label placed by the
 * {@link LabelPlacer}.
 *
 * <p>Postcondition: every edge of the structure has a route in the drawing.
 */
final class LevelRerouter {

    /** Routes keep this far from nodes. */
    static final double CLEARANCE = 14;
    /** Extra room right of and below the top level's content that new routes may use. */
    static final double ROOM = 80;
    private static final double EPSILON = 1e-6;

    private LevelRerouter() {
    }

    /**
     * @param expected by edge id, the routes to keep if one is clear, best first (see {@link Stretch})
     */
    static void reroute(Structure structure, Drawing drawing, Map<String, List<Drawing.Route>> expected) {
        for (Map.Entry<String, DiagramGraph> level : structure.levels().entrySet()) {
            List<DiagramEdge> edges = level.getValue().edges();
            if (!edges.isEmpty()) {
                level(level.getKey(), level.getValue(), structure, drawing, expected);
            }
        }
    }

    private static void level(String key, DiagramGraph graph, Structure structure, Drawing drawing,
            Map<String, List<Drawing.Route>> expected) {
        List<Box> nodes = graph.nodes().stream().map(DiagramNode::id).map(drawing.boxes::get).toList();
        BoxIndex nodeIndex = new BoxIndex(nodes);
        BoxIndex labelIndex = new BoxIndex(List.of());
        List<Box> labels = new ArrayList<>();
        List<DiagramEdge> todo = new ArrayList<>();
        List<Drawing.Route> kept = new ArrayList<>();
        Set<String> keptIds = new HashSet<>();
        for (DiagramEdge edge : graph.edges()) {
            Drawing.Route route = firstClear(expected.getOrDefault(edge.id(), List.of()), nodeIndex, labelIndex);
            if (route != null) {
                drawing.routes.put(edge.id(), route);
                kept.add(route);
                keptIds.add(edge.id());
                if (route.label() != null) {
                    labels.add(route.label());
                    labelIndex.add(route.label());
                }
            } else {
                todo.add(edge);
            }
        }
        if (todo.isEmpty()) {
            return;
        }
        Box bounds = bounds(key, structure, drawing, nodes, kept);
        OrthogonalRouter.Builder builder = new OrthogonalRouter.Builder(bounds, CLEARANCE);
        nodes.forEach(builder::obstacle);
        labels.forEach(builder::obstacle);
        EdgePorts ports = new EdgePorts(graph, HubEdges.of(graph));
        for (DiagramEdge edge : graph.edges()) {
            if (keptIds.contains(edge.id())) {
                builder.trunk(drawing.routes.get(edge.id()).points(), group(edge, ports));
            }
        }
        List<Port[]> ends = new ArrayList<>();
        for (DiagramEdge edge : todo) {
            Port from = ports.source(edge, drawing.boxes.get(edge.from()));
            Port to = ports.target(edge, drawing.boxes.get(edge.to()));
            builder.port(from).port(to);
            ends.add(new Port[] {from, to});
        }
        OrthogonalRouter router = builder.build();
        List<Box> taken = new ArrayList<>(nodes);
        taken.addAll(labels);
        LabelPlacer placer = new LabelPlacer(taken, bounds);
        for (int k = 0; k < todo.size(); k++) {
            DiagramEdge edge = todo.get(k);
            List<Point> points = router.route(ends.get(k)[0], ends.get(k)[1], group(edge, ports));
            Box label = edge.label() == null ? null : placer.place(edge.label().size(), points);
            drawing.routes.put(edge.id(), new Drawing.Route(points, label));
        }
    }

    /** Edges into one port of a node share a trunk into it; an edge into a hub's side does not join one from above. */
    private static String group(DiagramEdge edge, EdgePorts ports) {
        return "to:" + edge.to() + ":" + ports.targetKey(edge);
    }

    /**
     * Where new routes of a level may run: inside the container below its title strip, or for the top level the
     * content's box with room right of and below it.
     */
    private static Box bounds(String key, Structure structure, Drawing drawing, List<Box> nodes,
            List<Drawing.Route> kept) {
        if (!Structure.TOP.equals(key)) {
            Box box = drawing.boxes.get(key);
            double title = structure.node(key).size().height();
            return new Box(box.x(), box.y() + title, box.width(), Math.max(0, box.height() - title));
        }
        Box content = null;
        for (Box box : nodes) {
            content = content == null ? box : content.union(box);
        }
        for (Drawing.Route route : kept) {
            for (Point p : route.points()) {
                content = content.union(new Box(p.x(), p.y(), 0, 0));
            }
        }
        double left = Math.max(0, content.x() - CLEARANCE * 2);
        double top = Math.max(0, content.y() - CLEARANCE * 2);
        return new Box(left, top, content.right() + ROOM - left, content.bottom() + ROOM - top);
    }

    private static Drawing.@Nullable Route firstClear(List<Drawing.Route> candidates, BoxIndex nodes,
            BoxIndex labels) {
        for (Drawing.Route route : candidates) {
            if (clear(route, nodes, labels)) {
                return route;
            }
        }
        return null;
    }

    /** True when neither the route nor its label runs into a node, and the label into no label already kept. */
    private static boolean clear(Drawing.Route route, BoxIndex nodes, BoxIndex labels) {
        List<Point> p = route.points();
        for (int i = 0; i + 1 < p.size(); i++) {
            Point a = p.get(i);
            Point b = p.get(i + 1);
            Box span = new Box(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(b.x() - a.x()),
                    Math.abs(b.y() - a.y()));
            if (nodes.any(span, node -> crossesInterior(a, b, node))) {
                return false;
            }
        }
        Box label = route.label();
        return label == null || !nodes.any(label, label::overlaps) && !labels.any(label, label::overlaps);
    }

    /** True when segment a-b runs through the inside of the box (along its border does not count). */
    static boolean crossesInterior(Point a, Point b, Box box) {
        double x1 = Math.min(a.x(), b.x());
        double x2 = Math.max(a.x(), b.x());
        double y1 = Math.min(a.y(), b.y());
        double y2 = Math.max(a.y(), b.y());
        return x1 < box.right() - EPSILON && x2 > box.x() + EPSILON && y1 < box.bottom() - EPSILON
                && y2 > box.y() + EPSILON;
    }
}
