package statewise.app.canvas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import org.jspecify.annotations.Nullable;
import statewise.app.session.NodePositions;
import statewise.layout.Box;
import statewise.layout.NodeKind;
import statewise.layout.PlacedNode;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;

/**
 * The mouse and keyboard tools of the canvas, kept apart from drawing: select (click, shift-click, rubber band
 * with Shift+drag on empty space; click an edge), move (drag a state), connect (drag from a state's handle to
 * another state), reconnect (drag a selected edge's end handle onto another state), pan
 * (drag empty space, or Space+drag anywhere) and zoom (wheel, pinch); the keys are {@link CanvasKeys}'.
 */
final class CanvasGestures {

    /** How far the mouse must travel before a press becomes a drag, in screen pixels. */
    private static final double DRAG_THRESHOLD = 4;

    /** A wheel notch is usually 40 units of delta. */
    private static final double WHEEL_NOTCH = 40;

    private enum Mode { NONE, PAN, MOVE, RUBBER, CONNECT, RECONNECT }

    private final CanvasView canvas;
    private final Rectangle rubber = new Rectangle();
    private final ConnectTool connect;
    private final HoverTip tip;
    private final CanvasKeys keys;
    private Mode mode = Mode.NONE;
    private double pressX;
    private double pressY;
    private boolean dragged;
    private boolean spaceDown;
    private @Nullable String pressedNode;
    private @Nullable RoutedEdge pressedEdge;
    private @Nullable String hovered;

    CanvasGestures(CanvasView canvas) {
        this.canvas = canvas;
        rubber.getStyleClass().add("rubber-band");
        connect = new ConnectTool(canvas);
        keys = new CanvasKeys(canvas);
        StackPane root = canvas.root();
        tip = new HoverTip(root, id -> StateSummary.hoverText(canvas.session().document(), id));
        root.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        root.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        root.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        root.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        root.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        root.addEventHandler(ZoomEvent.ZOOM, event -> {
            canvas.setViewport(canvas.viewport().zoomAt(event.getZoomFactor(), event.getX(), event.getY()));
            event.consume();
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        root.addEventHandler(KeyEvent.KEY_RELEASED, event -> {
            if (event.getCode() == KeyCode.SPACE) {
                spaceDown = false;
                event.consume();
            }
        });
    }

    private Point world(MouseEvent event) {
        return canvas.worldOf(new Point2D(event.getSceneX(), event.getSceneY()));
    }

    private void pressed(MouseEvent event) {
        if (within(event.getTarget(), canvas.floating())) {
            return;
        }
        canvas.root().requestFocus();
        tip.hide();
        pressX = event.getX();
        pressY = event.getY();
        dragged = false;
        Point p = world(event);
        HitTest hit = new HitTest(canvas.diagram().layout());
        PlacedNode node = hit.nodeAt(p);
        pressedNode = node == null || node.kind() == NodeKind.BRANCH ? null : node.id();
        pressedEdge = canvas.selection().edge();
        if (event.getButton() == MouseButton.MIDDLE || spaceDown) {
            mode = Mode.PAN;
        } else if (event.getButton() == MouseButton.PRIMARY && pressedEdge != null
                && onHandle(pressedEdge.end(), p)) {
            mode = Mode.RECONNECT;
        } else if (event.getButton() != MouseButton.PRIMARY) {
            mode = Mode.NONE;
            if (pressedNode != null && !canvas.selection().contains(pressedNode)) {
                canvas.selection().select(List.of(pressedNode), false);
            }
            RoutedEdge edge = pressedNode == null ? hit.edgeAt(p, HitTest.EDGE_TOLERANCE / scale()) : null;
            if (edge != null) {
                canvas.selection().selectEdge(edge.id());
            }
        } else if (event.getTarget() instanceof Circle handle && handle.getStyleClass().contains("connect-handle")
                && pressedNode != null) {
            mode = Mode.CONNECT;
        } else if (pressedNode != null) {
            mode = Mode.MOVE;
            if (event.isShiftDown() || event.isShortcutDown()) {
                canvas.selection().toggle(pressedNode);
            } else if (!canvas.selection().contains(pressedNode)) {
                canvas.selection().select(List.of(pressedNode), false);
            }
            if (event.getClickCount() == 2 && !node.kind().isMarker()) {
                canvas.selection().select(List.of(pressedNode), false);
                canvas.commands().renameSelection();
                mode = Mode.NONE;
            }
        } else {
            mode = event.isShiftDown() ? Mode.RUBBER : Mode.PAN;
            RoutedEdge edge = event.isShiftDown() ? null : hit.edgeAt(p, HitTest.EDGE_TOLERANCE / scale());
            if (edge != null) {
                canvas.selection().selectEdge(edge.id());
                mode = Mode.NONE;
            }
        }
        event.consume();
    }

    private double scale() {
        return Math.min(1, canvas.viewport().scale());
    }

    /** True when {@code p} is on the end handle at {@code end} (its radius, at least 8 screen pixels). */
    private boolean onHandle(Point end, Point p) {
        double reach = Math.max(EdgeView.HANDLE_RADIUS + 2, 8 / canvas.viewport().scale());
        return Math.hypot(p.x() - end.x(), p.y() - end.y()) <= reach;
    }

    private void dragged(MouseEvent event) {
        double dx = event.getX() - pressX;
        double dy = event.getY() - pressY;
        if (!dragged && Math.hypot(dx, dy) < DRAG_THRESHOLD) {
            return;
        }
        dragged = true;
        switch (mode) {
            case PAN -> {
                canvas.setViewport(canvas.viewport().panBy(dx, dy));
                pressX = event.getX();
                pressY = event.getY();
            }
            case MOVE -> moveBy(dx / canvas.viewport().scale(), dy / canvas.viewport().scale());
            case RUBBER -> drawRubber(event);
            case CONNECT -> {
                if (pressedNode != null) {
                    connect.drag(pressedNode, world(event));
                }
            }
            case RECONNECT -> {
                if (pressedEdge != null) {
                    connect.dragEnd(pressedEdge, world(event));
                }
            }
            case NONE -> {
            }
        }
        event.consume();
    }

    private void released(MouseEvent event) {
        Mode was = mode;
        mode = Mode.NONE;
        canvas.diagram().overlay().getChildren().clear();
        connect.cancel();
        if (was == Mode.MOVE && dragged) {
            finishMove(event);
        } else if (was == Mode.MOVE && !event.isShiftDown() && !event.isShortcutDown() && pressedNode != null) {
            canvas.selection().select(List.of(pressedNode), false);
        } else if (was == Mode.RUBBER && dragged) {
            Point a = canvas.viewport().toWorld(Math.min(pressX, event.getX()), Math.min(pressY, event.getY()));
            Point b = canvas.viewport().toWorld(Math.max(pressX, event.getX()), Math.max(pressY, event.getY()));
            List<String> inside = new HitTest(canvas.diagram().layout())
                    .statesIn(new Box(a.x(), a.y(), b.x() - a.x(), b.y() - a.y()))
                    .stream().map(PlacedNode::id).toList();
            canvas.selection().select(inside, false);
        } else if (was == Mode.CONNECT && dragged && pressedNode != null) {
            connect.release(pressedNode, world(event), event.getScreenX(), event.getScreenY());
        } else if (was == Mode.RECONNECT && dragged && pressedEdge != null) {
            connect.releaseEnd(pressedEdge, world(event));
        } else if ((was == Mode.PAN || was == Mode.RUBBER) && !dragged) {
            canvas.selection().select(List.of(), false);
        }
        event.consume();
    }

    private void moved(MouseEvent event) {
        PlacedNode node = new HitTest(canvas.diagram().layout()).nodeAt(world(event));
        String id = node == null || node.container() ? null : node.id();
        if (!Objects.equals(id, hovered)) {
            NodeView before = hovered == null ? null : canvas.diagram().view(hovered);
            if (before != null) {
                before.setHandleShown(false);
            }
            NodeView now = id == null ? null : canvas.diagram().view(id);
            if (now != null) {
                now.setHandleShown(true);
            }
        }
        hovered = id;
        tip.hover(id == null || node.kind().isMarker() ? null : id, event.getScreenX(), event.getScreenY());
    }

    private void scrolled(ScrollEvent event) {
        if (event.isShiftDown()) {
            canvas.setViewport(canvas.viewport().panBy(event.getDeltaX() + event.getDeltaY(), 0));
        } else if (event.getDeltaY() != 0) {
            double factor = Math.pow(Viewport.STEP, event.getDeltaY() / WHEEL_NOTCH);
            canvas.setViewport(canvas.viewport().zoomAt(factor, event.getX(), event.getY()));
        }
        event.consume();
    }

    private void keyPressed(KeyEvent event) {
        if (event.getTarget() != canvas.root()) {
            return;
        }
        if (event.getCode() == KeyCode.SPACE) {
            spaceDown = true;
            event.consume();
        } else if (keys.pressed(event)) {
            event.consume();
        }
    }

    private static boolean within(Object target, Node ancestor) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    // ---- move

    private void moveBy(double dx, double dy) {
        for (String id : canvas.selection().ids()) {
            NodeView view = canvas.diagram().view(id);
            if (view != null && !view.placed().kind().isMarker()) {
                view.node().setTranslateX(dx);
                view.node().setTranslateY(dy);
            }
        }
    }

    private void finishMove(MouseEvent event) {
        double dx = (event.getX() - pressX) / canvas.viewport().scale();
        double dy = (event.getY() - pressY) / canvas.viewport().scale();
        Map<String, NodePositions.Position> moved = new LinkedHashMap<>();
        for (String id : canvas.selection().ids()) {
            NodeView view = canvas.diagram().view(id);
            if (view != null) {
                view.node().setTranslateX(0);
                view.node().setTranslateY(0);
            }
            PlacedNode node = canvas.diagram().layout().node(id);
            if (node != null && !node.kind().isMarker()) {
                Box box = node.box();
                moved.put(id, new NodePositions.Position(Math.round(box.x() + dx), Math.round(box.y() + dy)));
            }
        }
        canvas.commands().move(moved);
    }

    // ---- rubber band and connections

    private void drawRubber(MouseEvent event) {
        Point a = canvas.viewport().toWorld(Math.min(pressX, event.getX()), Math.min(pressY, event.getY()));
        Point b = canvas.viewport().toWorld(Math.max(pressX, event.getX()), Math.max(pressY, event.getY()));
        rubber.setX(a.x());
        rubber.setY(a.y());
        rubber.setWidth(b.x() - a.x());
        rubber.setHeight(b.y() - a.y());
        if (!canvas.diagram().overlay().getChildren().contains(rubber)) {
            canvas.diagram().overlay().getChildren().add(rubber);
        }
    }

}
