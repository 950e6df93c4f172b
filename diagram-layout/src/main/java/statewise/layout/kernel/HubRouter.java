package statewise.layout.kernel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.elk.core.math.ElkPadding;
import statewise.layout.Box;
import statewise.layout.DiagramEdge;
import statewise.layout.DiagramGraph;
import statewise.layout.Point;
import statewise.layout.Size;
import statewise.layout.route.BoxIndex;
import statewise.layout.route.EdgePorts;
import statewise.layout.route.HubEdges;
import statewise.layout.route.LabelPlacer;
import statewise.layout.route.OrthogonalRouter;
import statewise.layout.route.Port;
import statewise.layout.route.SideTrunk;

/**
 * Draws the edges into hubs (see {@link HubEdges}) after ELK has laid out the rest of the level: each enters its
 * hub from the right, and edges into one hub share a trunk down the right of the content ({@link SideTrunk}); an
 * edge whose straight way there is blocked is routed around by the {@link OrthogonalRouter} instead, joining the
 * trunk where it can. The level grows to the right and downwards as far as the new routes and labels need.
 */
final class HubRouter {

    /** Routes keep this far from nodes. */
    static final double CLEARANCE = 14;
    /** Extra room, right of and below the level's content, that hub routes may use. */
    static final double ROOM = 80;

    private HubRouter() {
    }

    static LevelGeometry route(DiagramGraph level, LevelGeometry laid, EdgePorts ports, Set<String> hubs,
            ElkPadding padding) {
        if (hubs.isEmpty()) {
            return laid;
        }
        Box content = content(laid);
        List<Box> taken = new ArrayList<>(laid.boxes().values());
        laid.edges().stream().filter(e -> e.label() != null).forEach(e -> taken.add(e.label()));
        List<DiagramEdge> todo = new ArrayList<>();
        Map<String, Port[]> ends = new HashMap<>();
        List<String> hubOrder = new ArrayList<>();
        for (DiagramEdge edge : level.edges()) {
            if (hubs.contains(edge.id())) {
                ends.put(edge.id(), new Port[] {ports.source(edge, laid.boxes().get(edge.from())),
                        ports.target(edge, laid.boxes().get(edge.to()))});
                todo.add(edge);
                if (!hubOrder.contains(edge.to())) {
                    hubOrder.add(edge.to());
                }
            }
        }
        todo.sort(Comparator.comparingDouble((DiagramEdge e) -> distance(ends.get(e.id())))
                .thenComparing(DiagramEdge::id));
        Box bounds = new Box(content.x(), content.y(), content.width() + ROOM, content.height() + ROOM);
        BoxIndex obstacles = new BoxIndex(taken);
        LabelPlacer labels = new LabelPlacer(obstacles, bounds);
        SideTrunk trunks = new SideTrunk(obstacles, CLEARANCE);
        Map<String, EdgeGeometry> routed = new HashMap<>();
        List<DiagramEdge> searched = new ArrayList<>();
        for (DiagramEdge edge : todo) {
            Port[] end = ends.get(edge.id());
            double trunkX = content.right() + CLEARANCE + OrthogonalRouter.LANE * hubOrder.indexOf(edge.to());
            List<Point> points = trunks.route(end[0], end[1], trunkX);
            if (points == null) {
                searched.add(edge);
                continue;
            }
            Box label = edge.label() == null ? null : labels.place(edge.label().size(), points);
            routed.put(edge.id(), new EdgeGeometry(edge, points, label));
        }
        if (!searched.isEmpty()) {
            search(laid, searched, ends, routed, bounds, labels);
        }
        return merge(level, laid, routed, padding);
    }

    /**
     * Routes the edges whose straight trunk was blocked with the {@link OrthogonalRouter}, around every node and
     * label and avoiding the routes drawn so far.
     */
    private static void search(LevelGeometry laid, List<DiagramEdge> edges, Map<String, Port[]> ends,
            Map<String, EdgeGeometry> routed, Box bounds, LabelPlacer labels) {
        OrthogonalRouter.Builder builder = new OrthogonalRouter.Builder(bounds, CLEARANCE);
        laid.boxes().values().forEach(builder::obstacle);
        for (EdgeGeometry edge : laid.edges()) {
            builder.route(edge.points(), "elk:" + edge.edge().id());
            if (edge.label() != null) {
                builder.obstacle(edge.label());
            }
        }
        for (EdgeGeometry edge : routed.values().stream().sorted(Comparator.comparing(e -> e.edge().id())).toList()) {
            builder.trunk(edge.points(), "hub:" + edge.edge().to());
            if (edge.label() != null) {
                builder.obstacle(edge.label());
            }
        }
        edges.forEach(edge -> builder.port(ends.get(edge.id())[0]).port(ends.get(edge.id())[1]));
        OrthogonalRouter router = builder.build();
        for (DiagramEdge edge : edges) {
            Port[] end = ends.get(edge.id());
            List<Point> points = router.route(end[0], end[1], "hub:" + edge.to());
            Box label = edge.label() == null ? null : labels.place(edge.label().size(), points);
            routed.put(edge.id(), new EdgeGeometry(edge, points, label));
        }
    }

    /** The level's edges in order, ELK's and the router's, and the size that holds them all. */
    private static LevelGeometry merge(DiagramGraph level, LevelGeometry laid, Map<String, EdgeGeometry> routed,
            ElkPadding padding) {
        Map<String, EdgeGeometry> elk = new LinkedHashMap<>();
        laid.edges().forEach(e -> elk.put(e.edge().id(), e));
        List<EdgeGeometry> edges = new ArrayList<>();
        double right = laid.size().width() - padding.right;
        double bottom = laid.size().height() - padding.bottom;
        for (DiagramEdge edge : level.edges()) {
            EdgeGeometry geometry = elk.containsKey(edge.id()) ? elk.get(edge.id()) : routed.get(edge.id());
            edges.add(geometry);
            if (routed.containsKey(edge.id())) {
                for (Point p : geometry.points()) {
                    right = Math.max(right, p.x());
                    bottom = Math.max(bottom, p.y());
                }
                if (geometry.label() != null) {
                    right = Math.max(right, geometry.label().right());
                    bottom = Math.max(bottom, geometry.label().bottom());
                }
            }
        }
        Size size = new Size(right + padding.right, bottom + padding.bottom);
        return new LevelGeometry(size, laid.boxes(), edges);
    }

    /** The box around every node, route and label of the level. */
    private static Box content(LevelGeometry laid) {
        Box box = null;
        for (Box b : laid.boxes().values()) {
            box = box == null ? b : box.union(b);
        }
        for (EdgeGeometry edge : laid.edges()) {
            for (Point p : edge.points()) {
                Box dot = new Box(p.x(), p.y(), 0, 0);
                box = box == null ? dot : box.union(dot);
            }
            if (edge.label() != null) {
                box = box == null ? edge.label() : box.union(edge.label());
            }
        }
        return box == null ? new Box(0, 0, 0, 0) : box;
    }

    private static double distance(Port[] ends) {
        return Math.abs(ends[0].at().x() - ends[1].at().x()) + Math.abs(ends[0].at().y() - ends[1].at().y());
    }
}
