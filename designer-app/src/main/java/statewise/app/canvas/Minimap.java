package statewise.app.canvas;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ToggleButton;
import javafx.scene.effect.BlurType;
import javafx.scene.effect.Shadow;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import statewise.app.fx.CssSwatches;
import statewise.layout.Box;
import statewise.layout.LayoutResult;
import statewise.layout.PlacedNode;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;

/**
 * The whole diagram in miniature in a corner of the canvas, with the part on screen outlined; clicking or dragging
 * in it moves the view there. It shows only while part of the diagram is out of view, is small and see-through,
 * sits in the corner that hides the least of the diagram on screen, and folds away to its title (the window
 * remembers that between runs). Drawn on one
 * {@link Canvas} (a rectangle per node), so it stays cheap at 1,000 states. Its drop shadow is cast by a node of
 * its own behind the panel, cached as a bitmap, so a pan or zoom that redraws the map does not render the shadow
 * again.
 */
final class Minimap {

    static final String ID = "canvas-minimap";
    static final String TOGGLE_ID = "canvas-minimap-toggle";
    static final String PICTURE_ID = "canvas-minimap-picture";

    static final double WIDTH = 120;
    static final double HEIGHT = 84;
    private static final double PAD = 4;
    private static final double MARGIN = 10;
    private static final double TITLE_HEIGHT = 22;
    private static final List<Pos> CORNERS = List.of(Pos.BOTTOM_RIGHT, Pos.TOP_RIGHT, Pos.BOTTOM_LEFT, Pos.TOP_LEFT);
    /** Style classes whose colours (canvas.css, from the theme's tokens) the map paints with. */
    private static final String NODE = "minimap-node";
    private static final String CONTAINER = "minimap-container";
    private static final String VIEW = "minimap-view";
    private static final String SHADOW = "minimap-shadow";
    /** The shadow's blur, as the other floating panels' {@code dropshadow(gaussian, -sw-shadow, 6, 0, 0, 1)}. */
    private static final double SHADOW_RADIUS = 6;

    private final CanvasView canvas;
    private final Canvas picture = new Canvas(WIDTH, HEIGHT);
    /** The outline of the part on screen, over the picture: a pan or zoom redraws only this. */
    private final Canvas outline = new Canvas(WIDTH, HEIGHT);
    private final StackPane map = new StackPane(picture, outline);
    private final ToggleButton toggle = new ToggleButton("Map");
    private final VBox panel = new VBox(toggle, map);
    /**
     * Draws only the panel's shadow (the see-through panel shows it beneath, as a drop shadow would); it changes only
     * when the panel's size or the theme does, so it is rendered once and cached.
     */
    private final Region shadow = new Region();
    private final StackPane frame = new StackPane(shadow, panel);
    private final BooleanProperty folded = new SimpleBooleanProperty(false);
    private final CssSwatches colours = new CssSwatches(panel, this::recolour, NODE, CONTAINER, VIEW, SHADOW);
    private Pos corner = Pos.BOTTOM_RIGHT;
    /** The layout the picture shows (null: none yet, or its colours changed). */
    private @Nullable LayoutResult pictured;

    Minimap(CanvasView canvas) {
        this.canvas = canvas;
        frame.setId(ID);
        picture.setId(PICTURE_ID);
        frame.getStyleClass().add("canvas-minimap");
        frame.setMaxSize(StackPane.USE_PREF_SIZE, StackPane.USE_PREF_SIZE);
        panel.getStyleClass().add("canvas-minimap-panel");
        panel.setFillWidth(true);
        shadow.getStyleClass().add("canvas-minimap-shadow");
        shadow.setTranslateY(1);
        shadow.setCache(true);
        StackPane.setMargin(frame, new Insets(MARGIN));
        toggle.setId(TOGGLE_ID);
        toggle.getStyleClass().add("canvas-minimap-toggle");
        toggle.setMaxWidth(Double.MAX_VALUE);
        toggle.setFocusTraversable(false);
        toggle.setSelected(true);
        toggle.setGraphic(new FontIcon(MaterialDesignC.CHEVRON_DOWN));
        toggle.selectedProperty().addListener((property, was, open) -> {
            toggle.setGraphic(new FontIcon(open ? MaterialDesignC.CHEVRON_DOWN : MaterialDesignC.CHEVRON_UP));
            folded.set(!open);
            redraw();
        });
        outline.setMouseTransparent(true);
        folded.addListener((property, was, fold) -> toggle.setSelected(!fold));
        picture.addEventHandler(MouseEvent.MOUSE_PRESSED, this::jump);
        picture.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::jump);
        frame.addEventHandler(MouseEvent.ANY, MouseEvent::consume);
    }

    StackPane node() {
        return frame;
    }

    /** The corner it sits in now. */
    Pos corner() {
        return corner;
    }

    /** True while the map is folded away to its title. */
    boolean collapsed() {
        return !toggle.isSelected();
    }

    /** Whether the map is folded away to its title: set it to fold or open the map. */
    BooleanProperty foldedProperty() {
        return folded;
    }

    /**
     * Draws the outline of the part on screen, and the diagram when its layout changed since it was last drawn, in
     * the corner that hides the least of it.
     */
    void redraw() {
        LayoutResult layout = canvas.layout();
        double viewWidth = canvas.root().getWidth();
        double viewHeight = canvas.root().getHeight();
        Box shown = canvas.viewport().visible(viewWidth, viewHeight);
        frame.setVisible(!shown.contains(new Box(0, 0, layout.size().width(), layout.size().height())));
        if (!frame.isVisible()) {
            return;
        }
        map.setVisible(!collapsed());
        map.setManaged(!collapsed());
        place(layout, viewWidth, viewHeight);
        if (collapsed()) {
            return;
        }
        if (layout != pictured) {
            pictured = layout;
            drawPicture(layout);
        }
        double scale = scale(layout);
        Point o = origin(layout);
        GraphicsContext g = outline.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        g.setStroke(colours.colour(VIEW));
        g.setLineWidth(1.5);
        g.strokeRect(o.x() + shown.x() * scale, o.y() + shown.y() * scale, shown.width() * scale,
                shown.height() * scale);
    }

    /** The theme changed a colour the map is drawn in. */
    private void recolour() {
        shadow.setEffect(new Shadow(BlurType.GAUSSIAN, colours.colour(SHADOW), SHADOW_RADIUS));
        pictured = null;
        redraw();
    }

    /** The diagram in miniature: a rectangle per node. */
    private void drawPicture(LayoutResult layout) {
        GraphicsContext g = picture.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        double scale = scale(layout);
        Point o = origin(layout);
        for (PlacedNode node : layout.nodes()) {
            Box b = node.box();
            if (node.container()) {
                g.setStroke(colours.colour(CONTAINER));
                g.strokeRect(o.x() + b.x() * scale, o.y() + b.y() * scale, b.width() * scale, b.height() * scale);
            } else {
                g.setFill(colours.colour(NODE));
                g.fillRect(o.x() + b.x() * scale, o.y() + b.y() * scale, Math.max(1, b.width() * scale),
                        Math.max(1, b.height() * scale));
            }
        }
    }

    /**
     * Moves to the corner whose area covers the least of the states and edge labels on screen; the one it is in
     * stays unless another covers less.
     */
    private void place(LayoutResult layout, double viewWidth, double viewHeight) {
        double height = collapsed() ? TITLE_HEIGHT : HEIGHT + TITLE_HEIGHT;
        List<Box> areas = CORNERS.stream().map(at -> world(area(at, viewWidth, viewHeight, height))).toList();
        double[] cover = covered(layout, areas);
        int best = CORNERS.indexOf(corner);
        for (int i = 0; i < CORNERS.size(); i++) {
            if (cover[i] < cover[best]) {
                best = i;
            }
        }
        corner = CORNERS.get(best);
        StackPane.setAlignment(frame, corner);
    }

    /** The screen area the map takes in {@code at}. */
    static Box area(Pos at, double viewWidth, double viewHeight, double height) {
        double x = at.getHpos() == HPos.RIGHT ? viewWidth - MARGIN - WIDTH : MARGIN;
        double y = at.getVpos() == VPos.BOTTOM ? viewHeight - MARGIN - height : MARGIN;
        return new Box(x, y, WIDTH, height);
    }

    /** The screen area {@code area} in diagram coordinates. */
    private Box world(Box area) {
        Viewport viewport = canvas.viewport();
        Point topLeft = viewport.toWorld(area.x(), area.y());
        return new Box(topLeft.x(), topLeft.y(), area.width() / viewport.scale(), area.height() / viewport.scale());
    }

    /** How much of the states and edge labels each of {@code areas} (diagram coordinates) covers, in one pass. */
    private static double[] covered(LayoutResult layout, List<Box> areas) {
        double[] sums = new double[areas.size()];
        for (PlacedNode node : layout.nodes()) {
            add(sums, areas, node.container() ? node.titleBox() : node.box());
        }
        for (RoutedEdge edge : layout.edges()) {
            if (edge.label() != null) {
                add(sums, areas, edge.label().box());
            }
        }
        return sums;
    }

    private static void add(double[] sums, List<Box> areas, Box part) {
        for (int i = 0; i < sums.length; i++) {
            sums[i] += overlap(areas.get(i), part);
        }
    }

    private static double overlap(Box a, Box b) {
        double w = Math.min(a.right(), b.right()) - Math.max(a.x(), b.x());
        double h = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y());
        return w > 0 && h > 0 ? w * h : 0;
    }

    private void jump(MouseEvent event) {
        double scale = scale(canvas.layout());
        Point o = origin(canvas.layout());
        Point world = new Point((event.getX() - o.x()) / scale, (event.getY() - o.y()) / scale);
        canvas.setViewport(canvas.viewport().centredOn(world, canvas.root().getWidth(), canvas.root().getHeight()));
    }

    /** Where the diagram's origin is drawn: the diagram centred in the map. */
    private static Point origin(LayoutResult layout) {
        double scale = scale(layout);
        return new Point((WIDTH - layout.size().width() * scale) / 2, (HEIGHT - layout.size().height() * scale) / 2);
    }

    private static double scale(LayoutResult layout) {
        double width = Math.max(1, layout.size().width());
        double height = Math.max(1, layout.size().height());
        return Math.min((WIDTH - 2 * PAD) / width, (HEIGHT - 2 * PAD) / height);
    }
}
