package statewise.app.canvas;

import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import org.jspecify.annotations.Nullable;
import statewise.layout.Arrowhead;
import statewise.layout.Box;
import statewise.layout.EdgeKind;
import statewise.layout.PlacedLabel;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;

/**
 * The drawing of one routed edge, reused across layouts: its orthogonal route ending in an arrowhead (dashed for
 * Catch, as the headless renderer draws it) and its label (a Choice rule's summary, {@code Default}, a catcher's
 * errors) in a rounded box. At {@link Detail#LOW} it is only the route and its arrowhead: no label and no end handle.
 */
final class EdgeView {

    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    /** The radius of the handle on a selected edge's end, dragged to move the end onto another state. */
    static final double HANDLE_RADIUS = 5;


    private final Group line = new Group();
    private final Polyline route = new Polyline();
    private final Polygon arrow = new Polygon();
    private final Detail detail;
    private final @Nullable Label label;
    private final @Nullable Circle handle;
    private RoutedEdge edge;

    EdgeView(RoutedEdge edge, Detail detail) {
        this.edge = edge;
        this.detail = detail;
        line.getStyleClass().addAll("edge", "edge-" + edge.kind().name().toLowerCase(Locale.ROOT));
        line.setUserData(edge.id());
        route.getStyleClass().add("edge-route");
        arrow.getStyleClass().add("edge-arrow");
        line.getChildren().addAll(route, arrow);
        if (detail == Detail.LOW) {
            line.getStyleClass().add(Detail.LOW_STYLE_CLASS);
            label = null;
            handle = null;
        } else {
            label = newLabel(edge.kind());
            label.fontProperty().addListener((property, old, font) -> placeLabel());
            handle = new Circle(HANDLE_RADIUS);
            handle.getStyleClass().add("edge-end-handle");
            handle.setVisible(false);
        }
        draw();
    }

    private static Label newLabel(EdgeKind kind) {
        Label label = new Label();
        label.getStyleClass().add("edge-label");
        label.setManaged(false);
        label.setMnemonicParsing(false);
        label.setTextOverrun(OverrunStyle.CLIP);
        if (kind == EdgeKind.CATCH) {
            label.getStyleClass().add("edge-label-catch");
        }
        return label;
    }

    /** The route and arrowhead; drawn below the nodes. */
    Group line() {
        return line;
    }

    /** The label, drawn above the routes; null at {@link Detail#LOW}. */
    @Nullable Label label() {
        return label;
    }

    /** The handle on the edge's end, shown while the edge is selected, drawn above the nodes; null at low detail. */
    @Nullable Circle handle() {
        return handle;
    }

    /** How much of the edge is drawn. */
    Detail detail() {
        return detail;
    }

    RoutedEdge edge() {
        return edge;
    }

    void update(RoutedEdge next) {
        if (next.equals(edge)) {
            return;
        }
        edge = next;
        draw();
    }

    void setDropTarget(boolean target) {
        line.pseudoClassStateChanged(DROP_TARGET, target);
    }

    void setSelected(boolean selected) {
        line.pseudoClassStateChanged(SELECTED, selected);
        if (label != null && handle != null) {
            label.pseudoClassStateChanged(SELECTED, selected);
            handle.setVisible(selected);
        }
    }

    private void draw() {
        List<Point> points = edge.points();
        Arrowhead head = Arrowhead.of(points);
        Double[] coordinates = new Double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            Point p = i == points.size() - 1 ? head.base() : points.get(i);
            coordinates[2 * i] = p.x();
            coordinates[2 * i + 1] = p.y();
        }
        route.getPoints().setAll(coordinates);
        if (handle != null) {
            handle.setCenterX(head.tip().x());
            handle.setCenterY(head.tip().y());
        }
        arrow.getPoints().setAll(head.tip().x(), head.tip().y(), head.left().x(), head.left().y(), head.right().x(),
                head.right().y());
        placeLabel();
    }

    /**
     * The label in its laid-out box, widened about its centre when the font on screen needs more room than the
     * layout measured, so its text is never cut short.
     */
    private void placeLabel() {
        Label label = this.label;
        if (label == null) {
            return;
        }
        PlacedLabel placed = edge.label();
        label.setVisible(placed != null);
        if (placed != null) {
            Box b = placed.box();
            label.setText(placed.text());
            double width = Math.max(b.width(), Math.ceil(label.prefWidth(-1)));
            double height = Math.max(b.height(), Math.ceil(label.prefHeight(width)));
            label.resizeRelocate(b.centerX() - width / 2, b.centerY() - height / 2, width, height);
        }
    }
}
