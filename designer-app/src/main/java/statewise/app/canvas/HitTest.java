package statewise.app.canvas;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.layout.Box;
import statewise.layout.LayoutResult;
import statewise.layout.NodeKind;
import statewise.layout.PlacedNode;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;

/**
 * What lies under a point or inside a rectangle of a laid-out diagram, in diagram coordinates. Plain nodes are on
 * top of containers; a container is hit by its title strip only, so its empty inside behaves like empty canvas
 * (pan, rubber band), while {@link #containerAt} answers for the whole box (where a dropped state goes).
 */
public final class HitTest {

    /** How close to an edge's route a point counts as on it, in diagram pixels. */
    public static final double EDGE_TOLERANCE = 6;

    private final LayoutResult layout;

    public HitTest(LayoutResult layout) {
        this.layout = layout;
    }

    /** The topmost node (plain node, else a container's title strip) under {@code p}, or null. */
    public @Nullable PlacedNode nodeAt(Point p) {
        List<PlacedNode> nodes = layout.nodes();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            PlacedNode node = nodes.get(i);
            if (!node.container() && inside(node.box(), p)) {
                return node;
            }
        }
        for (int i = nodes.size() - 1; i >= 0; i--) {
            PlacedNode node = nodes.get(i);
            if (node.container() && inside(node.titleBox(), p)) {
                return node;
            }
        }
        return null;
    }

    /** The innermost container whose box holds {@code p}, or null on the top level. */
    public @Nullable PlacedNode containerAt(Point p) {
        List<PlacedNode> nodes = layout.nodes();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            PlacedNode node = nodes.get(i);
            if (node.container() && inside(node.box(), p)) {
                return node;
            }
        }
        return null;
    }

    /** The edge whose route or label passes within {@link #EDGE_TOLERANCE} of {@code p}; the nearest wins. */
    public @Nullable RoutedEdge edgeAt(Point p, double tolerance) {
        RoutedEdge best = null;
        double bestDistance = tolerance;
        for (RoutedEdge edge : layout.edges()) {
            if (edge.label() != null && inside(edge.label().box(), p)) {
                return edge;
            }
            double d = distance(edge.points(), p);
            if (d <= bestDistance) {
                best = edge;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The states (not markers, not branches) whose boxes lie wholly inside {@code area}, in document order. */
    public List<PlacedNode> statesIn(Box area) {
        List<PlacedNode> found = new ArrayList<>();
        for (PlacedNode node : layout.nodes()) {
            if (!node.kind().isMarker() && node.kind() != NodeKind.BRANCH
                    && area.contains(node.box())) {
                found.add(node);
            }
        }
        return found;
    }

    /** The distance from {@code p} to the nearest point of the polyline through {@code points}. */
    static double distance(List<Point> points, Point p) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 1; i < points.size(); i++) {
            best = Math.min(best, segmentDistance(points.get(i - 1), points.get(i), p));
        }
        return best;
    }

    private static double segmentDistance(Point a, Point b, Point p) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0
                : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / lengthSquared));
        return Math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
    }

    private static boolean inside(Box box, Point p) {
        return p.x() >= box.x() && p.x() <= box.right() && p.y() >= box.y() && p.y() <= box.bottom();
    }
}
