package statewise.app.canvas;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
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
 * The diagram zoomed out below 40 % ({@link Detail#LOW}) painted on one {@link Canvas}: the plain states' boxes,
 * batched into one path per kind, and the plain edges' lines, each stroked on its own so that edges sharing a
 * stretch darken it as their views did. Software rendering (Prism without a GPU, the
 * headless tests) pays per node, and a fit view of a thousand states is a thousand boxes and fifteen hundred routes,
 * so as nodes a step of panning took a third of a second to render; as one picture it is one texture moved.
 *
 * <p>The picture covers the view and half a view around it at the screen's resolution, in diagram coordinates under
 * the diagram's transform (scaled back by 1 / zoom), so panning within that margin only moves it; a pan past the
 * margin, a zoom, a new layout or a change of what is plain paints it again. States and edges that carry marks
 * (selection, run status, breakpoints, the path a run took, a drop target) are left out: the canvas keeps views
 * for those, styled by the stylesheet. Colours are the theme's tokens, read through {@link CssSwatches}.
 */
final class LowDetailLayer {

    private static final String KIND = "low-kind";
    private static final String FILL = "low-fill";
    private static final String EDGE = "low-edge";
    private static final String CATCH = "low-edge-catch";
    /** The largest picture side in pixels; only a view without a size yet (everything drawn) can ask for more. */
    private static final double MAX_SIDE = 4096;
    /** The width canvas.css strokes boxes and routes with, and the corner of a state's box, as NodeView draws it. */
    private static final double STROKE = 1.5;
    private static final double ARC = 16;

    private final Canvas canvas = new Canvas();
    private final Scale unscale = new Scale(1, 1, 0, 0);
    private final Pane swatchHost = new Pane();
    private final CssSwatches colours;
    private final Runnable coloursChanged;
    private @Nullable Box painted;
    private double paintedScale;

    /** {@code coloursChanged} runs when a theme switch changes a colour the layer paints with. */
    LowDetailLayer(Runnable coloursChanged) {
        this.coloursChanged = coloursChanged;
        canvas.getStyleClass().add("low-detail-layer");
        canvas.setMouseTransparent(true);
        canvas.getTransforms().add(unscale);
        swatchHost.setManaged(false);
        swatchHost.setMouseTransparent(true);
        List<String> classes = new ArrayList<>(List.of(FILL, EDGE, CATCH));
        for (NodeKind kind : NodeKind.values()) {
            classes.add(swatch(kind));
        }
        colours = new CssSwatches(swatchHost, this::themeChanged, classes.toArray(String[]::new));
    }

    /** The picture, placed in the diagram between the containers and the edges. */
    Canvas node() {
        return canvas;
    }

    /** Holds the colour swatches; must sit in the diagram so the canvas's stylesheet and theme reach it. */
    Pane swatches() {
        return swatchHost;
    }

    /** True when the picture no longer covers {@code visible} at {@code scale}, so it must be painted again. */
    boolean stale(Box visible, double scale) {
        Box now = painted;
        return now == null || scale != paintedScale || !now.contains(visible);
    }

    /** Forgets the picture, so the next {@link #paint} paints it whatever the view. */
    void invalidate() {
        painted = null;
    }

    /** Hides the picture (the canvas draws every part as views at {@link Detail#FULL}). */
    void clear() {
        painted = null;
        canvas.setVisible(false);
        canvas.setWidth(0);
        canvas.setHeight(0);
    }

    /**
     * Paints the nodes and edges of {@code layout} that {@code plainNode} and {@code plainEdge} accept, over the
     * view {@code visible} (null: the whole diagram) and half a view around it, at {@code scale}.
     */
    void paint(LayoutResult layout, @Nullable Box visible, double scale, Predicate<PlacedNode> plainNode,
            Predicate<RoutedEdge> plainEdge) {
        Box area = visible == null ? new Box(0, 0, layout.size().width(), layout.size().height())
                : DrawnArea.around(visible);
        double pixels = Math.min(scale, Math.min(MAX_SIDE / Math.max(1, area.width()),
                MAX_SIDE / Math.max(1, area.height())));
        painted = area;
        paintedScale = scale;
        canvas.setVisible(true);
        canvas.setLayoutX(area.x());
        canvas.setLayoutY(area.y());
        canvas.setWidth(Math.ceil(area.width() * pixels));
        canvas.setHeight(Math.ceil(area.height() * pixels));
        unscale.setX(1 / pixels);
        unscale.setY(1 / pixels);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setTransform(pixels, 0, 0, pixels, -area.x() * pixels, -area.y() * pixels);
        g.setLineWidth(STROKE);
        paintEdges(g, layout, area, plainEdge);
        paintStates(g, layout, area, plainNode);
    }

    private void paintEdges(GraphicsContext g, LayoutResult layout, Box area, Predicate<RoutedEdge> plain) {
        Color edgeColour = colours.colour(EDGE);
        Color catchColour = colours.colour(CATCH);
        for (RoutedEdge edge : layout.edges()) {
            if (DrawnArea.touches(area, DrawnArea.bounds(edge)) && plain.test(edge)) {
                Color colour = edge.kind() == EdgeKind.CATCH ? catchColour : edgeColour;
                g.setStroke(colour);
                g.setFill(colour);
                g.setLineWidth(STROKE);
                Arrowhead head = Arrowhead.of(edge.points());
                g.beginPath();
                route(g, edge.points(), head.base());
                g.stroke();
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

    private void paintStates(GraphicsContext g, LayoutResult layout, Box area, Predicate<PlacedNode> plain) {
        Map<NodeKind, List<PlacedNode>> byKind = new EnumMap<>(NodeKind.class);
        for (PlacedNode node : layout.nodes()) {
            if (!node.container() && DrawnArea.touches(area, node.box()) && plain.test(node)) {
                byKind.computeIfAbsent(node.kind(), kind -> new ArrayList<>()).add(node);
            }
        }
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

    /** The route up to the base of its arrowhead, as {@link EdgeView} draws it. */
    private static void route(GraphicsContext g, List<Point> points, Point base) {
        g.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 1; i < points.size() - 1; i++) {
            g.lineTo(points.get(i).x(), points.get(i).y());
        }
        g.lineTo(base.x(), base.y());
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

    private void themeChanged() {
        painted = null;
        coloursChanged.run();
    }
}
