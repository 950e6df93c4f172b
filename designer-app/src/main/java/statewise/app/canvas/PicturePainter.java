package statewise.app.canvas;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.jspecify.annotations.Nullable;
import statewise.app.fx.CssSwatches;
import statewise.layout.Arrowhead;
import statewise.layout.Box;
import statewise.layout.EdgeKind;
import statewise.layout.LayoutResult;
import statewise.layout.NodeKind;
import statewise.layout.PlacedNode;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;

/**
 * Paints the plain states and edges of a layout that meet a part of the diagram, as {@link NodeView} and
 * {@link EdgeView} draw them zoomed out: the states' boxes batched into one path per kind, and the edges' lines each
 * stroked on its own so that edges sharing a stretch darken it as their views did (up to what eight bits show, see
 * {@link RouteStretches}). Colours are the theme's tokens,
 * read through {@link CssSwatches}. The box around each edge is worked out once per layout, since a zoomed-out view
 * paints its tiles one by one and each asks which of fifteen hundred routes meet it.
 */
final class PicturePainter {

    private static final String KIND = "low-kind";
    private static final String FILL = "low-fill";
    private static final String EDGE = "low-edge";
    private static final String CATCH = "low-edge-catch";
    /** The width canvas.css strokes boxes and routes with, and the corner of a state's box, as NodeView draws it. */
    private static final double STROKE = 1.5;
    private static final double ARC = 16;
    /** How far a painted stroke reaches beyond a state's box or an edge's route, in diagram units. */
    static final double REACH = 2 * STROKE;

    private final CssSwatches colours;
    private @Nullable LayoutResult indexed;
    private List<Box> edgeBounds = List.of();

    /** Puts the colour swatches in {@code host}; {@code coloursChanged} runs when a theme switch changes one. */
    PicturePainter(Pane host, Runnable coloursChanged) {
        List<String> classes = new ArrayList<>(List.of(FILL, EDGE, CATCH));
        for (NodeKind kind : NodeKind.values()) {
            classes.add(swatch(kind));
        }
        colours = new CssSwatches(host, coloursChanged, classes.toArray(String[]::new));
    }

    /** The plain edges and states of one part of the diagram, the states by kind. */
    record Batch(List<RoutedEdge> edges, Map<NodeKind, List<PlacedNode>> states) {

        boolean isEmpty() {
            return edges.isEmpty() && states.isEmpty();
        }
    }

    /**
     * The nodes and edges of {@code layout} whose strokes reach into {@code area} and that {@code plainNode} and
     * {@code plainEdge} accept.
     */
    Batch select(LayoutResult layout, Box area, Predicate<PlacedNode> plainNode, Predicate<RoutedEdge> plainEdge) {
        Box reach = area.inflate(REACH);
        return new Batch(edgesIn(layout, reach, plainEdge), statesIn(layout, reach, plainNode));
    }

    /**
     * Paints {@code batch}, selected for {@code area}, into {@code g}, already transformed from diagram coordinates;
     * routes are cut to the area ({@link RouteStretches}).
     */
    void paint(GraphicsContext g, Batch batch, Box area) {
        paintEdges(g, batch.edges(), area);
        paintStates(g, batch.states());
    }

    private List<RoutedEdge> edgesIn(LayoutResult layout, Box area, Predicate<RoutedEdge> plain) {
        if (layout != indexed) {
            indexed = layout;
            edgeBounds = layout.edges().stream().map(DrawnArea::bounds).toList();
        }
        List<RoutedEdge> in = new ArrayList<>();
        for (int i = 0; i < edgeBounds.size(); i++) {
            RoutedEdge edge = layout.edges().get(i);
            if (DrawnArea.touches(area, edgeBounds.get(i)) && plain.test(edge)) {
                in.add(edge);
            }
        }
        return in;
    }

    private static Map<NodeKind, List<PlacedNode>> statesIn(LayoutResult layout, Box area,
            Predicate<PlacedNode> plain) {
        Map<NodeKind, List<PlacedNode>> byKind = new EnumMap<>(NodeKind.class);
        for (PlacedNode node : layout.nodes()) {
            if (!node.container() && DrawnArea.touches(area, node.box()) && plain.test(node)) {
                byKind.computeIfAbsent(node.kind(), kind -> new ArrayList<>()).add(node);
            }
        }
        return byKind;
    }

    private void paintEdges(GraphicsContext g, List<RoutedEdge> edges, Box area) {
        Color edgeColour = colours.colour(EDGE);
        Color catchColour = colours.colour(CATCH);
        RouteStretches stretches = new RouteStretches(area.inflate(REACH));
        for (RoutedEdge edge : edges) {
            boolean caught = edge.kind() == EdgeKind.CATCH;
            Color colour = caught ? catchColour : edgeColour;
            int group = caught ? 1 : 0;
            g.setStroke(colour);
            g.setFill(colour);
            Arrowhead head = Arrowhead.of(edge.points());
            List<Point> route = new ArrayList<>(edge.points());
            route.set(route.size() - 1, head.base());
            List<List<Point>> runs = stretches.runs(route, group);
            if (!runs.isEmpty()) {
                g.setLineWidth(STROKE);
                g.beginPath();
                runs.forEach(run -> polyline(g, run));
                g.stroke();
            }
            if (stretches.arrowhead(head, group)) {
                g.setLineWidth(1);
                g.beginPath();
                g.moveTo(head.tip().x(), head.tip().y());
                g.lineTo(head.left().x(), head.left().y());
                g.lineTo(head.right().x(), head.right().y());
                g.closePath();
                g.fill();
                g.stroke();
            }
        }
        g.setLineWidth(STROKE);
    }

    private void paintStates(GraphicsContext g, Map<NodeKind, List<PlacedNode>> byKind) {
        g.setLineWidth(STROKE);
        byKind.forEach((kind, batch) -> {
            Color stroke = colours.colour(swatch(kind));
            g.beginPath();
            for (PlacedNode node : batch) {
                Box b = node.box();
                roundRect(g, b, kind.isMarker() ? b.height() : ARC);
            }
            g.setFill(kind == NodeKind.START ? stroke : colours.colour(FILL));
            g.fill();
            g.setStroke(stroke);
            g.stroke();
        });
    }

    /** One run of a route as an open sub-path. */
    private static void polyline(GraphicsContext g, List<Point> run) {
        g.moveTo(run.get(0).x(), run.get(0).y());
        for (int i = 1; i < run.size(); i++) {
            g.lineTo(run.get(i).x(), run.get(i).y());
        }
    }

    /** A rectangle with rounded corners of diameter {@code arc}, as a closed sub-path. */
    private static void roundRect(GraphicsContext g, Box b, double arc) {
        double r = Math.min(arc / 2, Math.min(b.width(), b.height()) / 2);
        g.moveTo(b.x() + r, b.y());
        g.arcTo(b.right(), b.y(), b.right(), b.bottom(), r);
        g.arcTo(b.right(), b.bottom(), b.x(), b.bottom(), r);
        g.arcTo(b.x(), b.bottom(), b.x(), b.y(), r);
        g.arcTo(b.x(), b.y(), b.right(), b.y(), r);
        g.closePath();
    }

    private static String swatch(NodeKind kind) {
        return StateGlyphs.styleClass(kind) + " " + KIND;
    }
}
