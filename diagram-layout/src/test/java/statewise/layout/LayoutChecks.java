package statewise.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Measures a layout against the drawing rules: what overlaps, which routes pass through nodes or turn at angles,
 * what sticks out of its container, crossings and bends. Each finding is a short sentence naming the elements, so
 * a failing test says exactly what is wrong where.
 */
final class LayoutChecks {

    static final double EPSILON = 1e-6;

    /** What one layout broke, and its counts. */
    record Findings(List<String> nodeOverlaps, List<String> edgesThroughNodes, List<String> labelOverlaps,
            List<String> notOrthogonal, List<String> outsideContainer, List<String> choiceOrder,
            List<String> catchNotOnSide, List<String> detached, int crossings, int edges, int bends) {

        List<String> all() {
            List<String> all = new ArrayList<>();
            all.addAll(nodeOverlaps);
            all.addAll(edgesThroughNodes);
            all.addAll(labelOverlaps);
            all.addAll(notOrthogonal);
            all.addAll(outsideContainer);
            all.addAll(choiceOrder);
            all.addAll(catchNotOnSide);
            all.addAll(detached);
            return all;
        }
    }

    private LayoutChecks() {
    }

    static Findings check(LayoutResult layout) {
        return new Findings(nodeOverlaps(layout), edgesThroughNodes(layout), labelOverlaps(layout),
                notOrthogonal(layout), outsideContainer(layout), choiceOrder(layout), catchNotOnSide(layout),
                detached(layout), crossings(layout), layout.edges().size(),
                layout.edges().stream().mapToInt(RoutedEdge::bends).sum());
    }

    /** The ids of a node's containers, innermost first. */
    static Set<String> ancestors(LayoutResult layout, String id) {
        Set<String> out = new HashSet<>();
        PlacedNode node = layout.node(id);
        while (node != null && node.parent() != null) {
            out.add(node.parent());
            node = layout.node(node.parent());
        }
        return out;
    }

    static List<String> nodeOverlaps(LayoutResult layout) {
        List<String> out = new ArrayList<>();
        List<PlacedNode> nodes = new ArrayList<>(layout.nodes());
        nodes.sort(Comparator.comparingDouble(n -> n.box().x()));
        for (int i = 0; i < nodes.size(); i++) {
            PlacedNode a = nodes.get(i);
            for (int j = i + 1; j < nodes.size() && nodes.get(j).box().x() < a.box().right(); j++) {
                PlacedNode b = nodes.get(j);
                if (a.box().overlaps(b.box()) && !ancestors(layout, a.id()).contains(b.id())
                        && !ancestors(layout, b.id()).contains(a.id())) {
                    out.add("nodes " + a.id() + " and " + b.id() + " overlap");
                }
            }
        }
        return out;
    }

    static List<String> edgesThroughNodes(LayoutResult layout) {
        List<String> out = new ArrayList<>();
        for (RoutedEdge edge : layout.edges()) {
            Set<String> hosts = ancestors(layout, edge.from());
            for (PlacedNode node : layout.nodes()) {
                if (hosts.contains(node.id())) {
                    continue;
                }
                List<Point> p = edge.points();
                for (int i = 0; i + 1 < p.size(); i++) {
                    if (crossesInterior(p.get(i), p.get(i + 1), node.box())) {
                        out.add("edge " + edge.id() + " passes through " + node.id());
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Edges whose route does not start on its source's outline or does not end on its target's outline. */
    static List<String> detached(LayoutResult layout) {
        List<String> out = new ArrayList<>();
        for (RoutedEdge edge : layout.edges()) {
            PlacedNode source = layout.node(edge.from());
            PlacedNode target = layout.node(edge.to());
            if (source == null || !onOutline(edge.start(), source.box())) {
                out.add("edge " + edge.id() + " does not start on " + edge.from());
            }
            if (target == null || !onOutline(edge.end(), target.box())) {
                out.add("edge " + edge.id() + " does not end on " + edge.to());
            }
        }
        return out;
    }

    /** True when the point lies on the box's outline, to a hundredth of a pixel. */
    static boolean onOutline(Point p, Box box) {
        double e = 0.01;
        boolean near = p.x() > box.x() - e && p.x() < box.right() + e && p.y() > box.y() - e
                && p.y() < box.bottom() + e;
        return near && (Math.abs(p.x() - box.x()) < e || Math.abs(p.x() - box.right()) < e
                || Math.abs(p.y() - box.y()) < e || Math.abs(p.y() - box.bottom()) < e);
    }

    /** True when the segment a-b runs through the inside of the box (along its border does not count). */
    static boolean crossesInterior(Point a, Point b, Box box) {
        double x1 = Math.min(a.x(), b.x());
        double x2 = Math.max(a.x(), b.x());
        double y1 = Math.min(a.y(), b.y());
        double y2 = Math.max(a.y(), b.y());
        double e = EPSILON;
        if (x2 - x1 < e) {
            return x1 > box.x() + e && x1 < box.right() - e && y1 < box.bottom() - e && y2 > box.y() + e;
        }
        if (y2 - y1 < e) {
            return y1 > box.y() + e && y1 < box.bottom() - e && x1 < box.right() - e && x2 > box.x() + e;
        }
        return box.overlaps(new Box(x1, y1, x2 - x1, y2 - y1));
    }

    static List<String> labelOverlaps(LayoutResult layout) {
        List<String> out = new ArrayList<>();
        List<RoutedEdge> labelled = layout.edges().stream().filter(e -> e.label() != null).toList();
        for (int i = 0; i < labelled.size(); i++) {
            Box a = labelled.get(i).label().box();
            for (int j = i + 1; j < labelled.size(); j++) {
                if (a.overlaps(labelled.get(j).label().box())) {
                    out.add("labels of " + labelled.get(i).id() + " and " + labelled.get(j).id() + " overlap");
                }
            }
            Set<String> hosts = ancestors(layout, labelled.get(i).from());
            for (PlacedNode node : layout.nodes()) {
                if (!hosts.contains(node.id()) && a.overlaps(node.box())) {
                    out.add("label of " + labelled.get(i).id() + " overlaps node " + node.id());
                }
            }
        }
        return out;
    }

    static List<String> notOrthogonal(LayoutResult layout) {
        List<String> out = new ArrayList<>();
        for (RoutedEdge edge : layout.edges()) {
            List<Point> p = edge.points();
            for (int i = 0; i + 1 < p.size(); i++) {
                boolean vertical = Math.abs(p.get(i).x() - p.get(i + 1).x()) < EPSILON;
                boolean horizontal = Math.abs(p.get(i).y() - p.get(i + 1).y()) < EPSILON;
                if (!vertical && !horizontal) {
                    out.add("edge " + edge.id() + " has a slanted segment " + p.get(i) + " - " + p.get(i + 1));
                    break;
                }
            }
        }
        return out;
    }

    static List<String> outsideContainer(LayoutResult layout) {
        List<String> out = new ArrayList<>();
        Box whole = new Box(0, 0, layout.size().width(), layout.size().height());
        for (PlacedNode node : layout.nodes()) {
            Box host = node.parent() == null ? whole : layout.node(node.parent()).box();
            if (!host.inflate(EPSILON).contains(node.box())) {
                out.add("node " + node.id() + " sticks out of " + (node.parent() == null ? "the diagram"
                        : node.parent()));
            }
        }
        for (RoutedEdge edge : layout.edges()) {
            PlacedNode source = layout.node(edge.from());
            Box host = source.parent() == null ? whole : layout.node(source.parent()).box();
            Box inflated = host.inflate(EPSILON);
            boolean outside = edge.points().stream().anyMatch(p -> !inflated.contains(new Box(p.x(), p.y(), 0, 0)))
                    || edge.label() != null && !inflated.contains(edge.label().box());
            if (outside) {
                out.add("edge " + edge.id() + " leaves its container");
            }
        }
        return out;
    }

    /** Each Choice state's rules leave it left to right in rule order, the Default right of them all. */
    static List<String> choiceOrder(LayoutResult layout) {
        List<String> out = new ArrayList<>();
        for (PlacedNode node : layout.nodes()) {
            if (node.kind() != NodeKind.CHOICE) {
                continue;
            }
            List<RoutedEdge> leaving = layout.edges().stream()
                    .filter(e -> e.from().equals(node.id()))
                    .filter(e -> e.kind() == EdgeKind.CHOICE || e.kind() == EdgeKind.DEFAULT)
                    .sorted(Comparator.comparingInt((RoutedEdge e) -> e.kind() == EdgeKind.DEFAULT ? 1 : 0)
                            .thenComparingInt(RoutedEdge::index))
                    .toList();
            for (int i = 0; i + 1 < leaving.size(); i++) {
                if (leaving.get(i).start().x() >= leaving.get(i + 1).start().x()) {
                    out.add("choice " + node.id() + ": " + leaving.get(i + 1).id() + " leaves left of "
                            + leaving.get(i).id());
                }
            }
        }
        return out;
    }

    static List<String> catchNotOnSide(LayoutResult layout) {
        List<String> out = new ArrayList<>();
        for (RoutedEdge edge : layout.edges()) {
            if (edge.kind() == EdgeKind.CATCH) {
                Box source = layout.node(edge.from()).box();
                boolean side = Math.abs(edge.start().x() - source.right()) < EPSILON
                        || Math.abs(edge.start().x() - source.x()) < EPSILON;
                if (!side) {
                    out.add("catch edge " + edge.id() + " does not leave the side of its state");
                }
            }
        }
        return out;
    }

    /** Proper crossings: a horizontal and a vertical segment of two edges meeting inside both. */
    static int crossings(LayoutResult layout) {
        List<double[]> horizontal = new ArrayList<>();
        List<double[]> vertical = new ArrayList<>();
        List<RoutedEdge> edges = layout.edges();
        for (int k = 0; k < edges.size(); k++) {
            List<Point> p = edges.get(k).points();
            for (int i = 0; i + 1 < p.size(); i++) {
                Point a = p.get(i);
                Point b = p.get(i + 1);
                if (Math.abs(a.y() - b.y()) < EPSILON && Math.abs(a.x() - b.x()) >= EPSILON) {
                    horizontal.add(new double[] {Math.min(a.x(), b.x()), Math.max(a.x(), b.x()), a.y(), k});
                } else if (Math.abs(a.x() - b.x()) < EPSILON && Math.abs(a.y() - b.y()) >= EPSILON) {
                    vertical.add(new double[] {Math.min(a.y(), b.y()), Math.max(a.y(), b.y()), a.x(), k});
                }
            }
        }
        vertical.sort(Comparator.comparingDouble(v -> v[2]));
        int count = 0;
        for (double[] h : horizontal) {
            int from = lowerBound(vertical, h[0] + EPSILON);
            for (int i = from; i < vertical.size() && vertical.get(i)[2] < h[1] - EPSILON; i++) {
                double[] v = vertical.get(i);
                if (v[3] != h[3] && h[2] > v[0] + EPSILON && h[2] < v[1] - EPSILON) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int lowerBound(List<double[]> sortedByX, double x) {
        int lo = 0;
        int hi = sortedByX.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedByX.get(mid)[2] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
