package statewise.app.canvas;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.geometry.Point2D;
import org.jspecify.annotations.Nullable;
import statewise.layout.PlacedNode;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;

/**
 * The right-click menu of a selected edge: Disconnect, enabled only where ASL allows deleting the edge, with the
 * rules' reason beneath it when it does not (a Next whose state would be stranded, a marker's edge).
 */
final class EdgeMenu {

    static final String DISCONNECT_ID = "edge-disconnect";

    private EdgeMenu() {
    }

    /**
     * The menu for the edge under the scene point (selecting it), else for the selected edge; null when the point is
     * on a node or no edge is selected. The request is answered from the point itself, since some platforms ask for
     * the menu before the press that selects what is under the mouse.
     */
    static @Nullable ContextMenu at(CanvasView canvas, Point2D scenePoint) {
        Point p = canvas.worldOf(scenePoint);
        HitTest hit = new HitTest(canvas.diagram().layout());
        PlacedNode node = hit.nodeAt(p);
        if (node != null) {
            return null;
        }
        RoutedEdge under = hit.edgeAt(p, HitTest.EDGE_TOLERANCE / Math.min(1, canvas.viewport().scale()));
        if (under != null) {
            canvas.selection().selectEdge(under.id());
        }
        RoutedEdge edge = canvas.selection().edge();
        if (edge == null) {
            return null;
        }
        String whyNot = canvas.edgeEdits().whyNotDisconnect(edge);
        MenuItem disconnect = new MenuItem("Disconnect");
        disconnect.setId(DISCONNECT_ID);
        disconnect.setDisable(whyNot != null);
        disconnect.setOnAction(event -> canvas.commands().deleteSelection());
        ContextMenu menu = new ContextMenu(disconnect);
        if (whyNot != null) {
            MenuItem reason = new MenuItem(whyNot);
            reason.setDisable(true);
            menu.getItems().add(reason);
        }
        return menu;
    }
}
