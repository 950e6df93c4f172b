package statewise.app.canvas;

import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import statewise.layout.Box;
import statewise.layout.EdgeKind;
import statewise.layout.PlacedLabel;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;

/**
 * The drawing of one routed edge, reused across layouts: its orthogonal route ending in an arrowhead (dashed for
 * Catch, as the headless renderer draws it) and its label (a Choice rule's summary, {@code Default}, a catcher's
 * errors) in a rounded box.
 */
final class EdgeView {

    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private static final double ARROW_LENGTH = 8;
    private static final double ARROW_HALF_WIDTH = 4;

    private final Group line = new Group();
    private final Polyline route = new Polyline();
    private final Polygon arrow = new Polygon();
    private final Label label = new Label();
    private RoutedEdge edge;

    EdgeView(RoutedEdge edge) {
        this.edge = edge;
        line.getStyleClass().addAll("edge", "edge-" + edge.kind().name().toLowerCase(Locale.ROOT));
        line.setUserData(edge.id());
        route.getStyleClass().add("edge-route");
        arrow.getStyleClass().add("edge-arrow");
        label.getStyleClass().add("edge-label");
        label.setManaged(false);
        label.setMnemonicParsing(false);
        if (edge.kind() == EdgeKind.CATCH) {
            label.getStyleClass().add("edge-label-catch");
        }
        line.getChildren().addAll(route, arrow);
        draw();
    }

    /** The route and arrowhead; drawn below the nodes. */
    Group line() {
        return line;
    }

    /** The label; drawn above the routes. */
    Label label() {
        return label;
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

    private void draw() {
        List<Point> points = edge.points();
        Point tip = points.get(points.size() - 1);
        Point before = points.get(points.size() - 2);
        double length = Math.hypot(tip.x() - before.x(), tip.y() - before.y());
        double ux = length < 1e-9 ? 0 : (tip.x() - before.x()) / length;
        double uy = length < 1e-9 ? 1 : (tip.y() - before.y()) / length;
        double back = Math.min(ARROW_LENGTH, length);
        Point base = new Point(tip.x() - ux * back, tip.y() - uy * back);
        Double[] coordinates = new Double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            Point p = i == points.size() - 1 ? base : points.get(i);
            coordinates[2 * i] = p.x();
            coordinates[2 * i + 1] = p.y();
        }
        route.getPoints().setAll(coordinates);
        arrow.getPoints().setAll(tip.x(), tip.y(), base.x() - uy * ARROW_HALF_WIDTH, base.y() + ux * ARROW_HALF_WIDTH,
                base.x() + uy * ARROW_HALF_WIDTH, base.y() - ux * ARROW_HALF_WIDTH);
        PlacedLabel placed = edge.label();
        label.setVisible(placed != null);
        if (placed != null) {
            Box b = placed.box();
            label.setText(placed.text());
            label.resizeRelocate(b.x(), b.y(), b.width(), b.height());
        }
    }
}
