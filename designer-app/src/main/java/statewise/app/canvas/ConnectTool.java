package statewise.app.canvas;

import java.util.Locale;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.shape.Line;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.Transition;
import statewise.layout.PlacedNode;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;

/**
 * Drawing a connection: a dashed line from the source's handle to the mouse, the state under it highlighted, and
 * on release the edge the context calls for ({@link CanvasViewModel#connect(String, String)}); when the source
 * could take more than one kind of edge (a Choice without Default), a small menu asks which. Moving the end of a
 * selected edge onto another state draws the same line and reconnects the edge ({@link EdgeEdits#reconnect}).
 */
final class ConnectTool {

    static final String MENU_STYLE = "connect-menu";

    private final CanvasView canvas;
    private final Line line = new Line();
    private @Nullable String targetShown;

    ConnectTool(CanvasView canvas) {
        this.canvas = canvas;
        line.getStyleClass().add("connector");
    }

    /** Draws the line from {@code from}'s handle to the diagram point {@code p}. */
    void drag(String from, Point p) {
        PlacedNode source = canvas.diagram().layout().node(from);
        if (source == null) {
            return;
        }
        line.setStartX(source.box().centerX());
        line.setStartY(source.box().bottom());
        line.setEndX(p.x());
        line.setEndY(p.y());
        if (!canvas.diagram().overlay().getChildren().contains(line)) {
            canvas.diagram().overlay().getChildren().add(line);
        }
        PlacedNode target = new HitTest(canvas.diagram().layout()).nodeAt(p);
        showTarget(target == null || target.id().equals(from) ? null : target.id());
    }

    /** Ends the drag at the diagram point {@code p} (screen point for the question menu). */
    void release(String from, Point p, double screenX, double screenY) {
        showTarget(null);
        PlacedNode target = new HitTest(canvas.diagram().layout()).nodeAt(p);
        if (target == null || target.id().equals(from)) {
            return;
        }
        String to = target.id();
        CanvasOutcome outcome = canvas.model().connect(from, to);
        if (!(outcome instanceof CanvasOutcome.Ask ask)) {
            canvas.commands().perform(outcome);
            return;
        }
        ContextMenu menu = new ContextMenu();
        menu.getStyleClass().add(MENU_STYLE);
        for (Transition.Kind kind : ask.kinds()) {
            MenuItem item = new MenuItem(label(kind));
            item.setId("connect-" + kind.name().toLowerCase(Locale.ROOT));
            item.setOnAction(e -> canvas.commands().perform(canvas.model().connect(from, to, kind)));
            menu.getItems().add(item);
        }
        menu.show(canvas.root(), screenX, screenY);
    }

    /** Draws the line from the moved edge's last bend to the diagram point {@code p}. */
    void dragEnd(RoutedEdge edge, Point p) {
        Point from = edge.points().get(edge.points().size() - 2);
        line.setStartX(from.x());
        line.setStartY(from.y());
        line.setEndX(p.x());
        line.setEndY(p.y());
        if (!canvas.diagram().overlay().getChildren().contains(line)) {
            canvas.diagram().overlay().getChildren().add(line);
        }
        PlacedNode target = new HitTest(canvas.diagram().layout()).nodeAt(p);
        showTarget(target == null || target.id().equals(edge.to()) ? null : target.id());
    }

    /** Ends moving the edge's end at {@code p}: onto the state there, if any. */
    void releaseEnd(RoutedEdge edge, Point p) {
        showTarget(null);
        PlacedNode target = new HitTest(canvas.diagram().layout()).nodeAt(p);
        if (target != null && !target.id().equals(edge.to())) {
            canvas.commands().perform(canvas.edgeEdits().reconnect(edge, target.id()));
        }
    }

    void cancel() {
        showTarget(null);
    }

    static String label(Transition.Kind kind) {
        return switch (kind) {
            case NEXT -> "Next";
            case CHOICE -> "New Choice rule";
            case DEFAULT -> "Default";
            case CATCH -> "Catch errors";
        };
    }

    private void showTarget(@Nullable String id) {
        NodeView before = targetShown == null ? null : canvas.diagram().view(targetShown);
        if (before != null) {
            before.setDropTarget(false);
        }
        targetShown = id;
        NodeView now = id == null ? null : canvas.diagram().view(id);
        if (now != null) {
            now.setDropTarget(true);
        }
    }
}
