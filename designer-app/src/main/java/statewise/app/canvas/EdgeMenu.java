package statewise.app.canvas;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
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

    /**
     * One line of the menu.
     *
     * @param id     the menu item's node id, or null
     * @param text   what it reads
     * @param action the edit it makes when chosen (carried out as one undo step), or null when it is shown disabled
     */
    record Entry(@Nullable String id, String text, @Nullable Supplier<CanvasOutcome> action) {
    }

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
        ContextMenu menu = new ContextMenu();
        for (Entry entry : entries(canvas.edgeEdits(), edge)) {
            MenuItem item = new MenuItem(entry.text());
            item.setId(entry.id());
            Supplier<CanvasOutcome> action = entry.action();
            item.setDisable(action == null);
            if (action != null) {
                item.setOnAction(event -> canvas.commands().perform(action.get()));
            }
            menu.getItems().add(item);
        }
        return menu;
    }

    /**
     * What the menu offers for {@code edge}, in order: Disconnect, enabled where ASL allows deleting the edge, else
     * followed by the rules' reason as a line of its own.
     */
    static List<Entry> entries(EdgeEdits edits, RoutedEdge edge) {
        String whyNot = edits.whyNotDisconnect(edge);
        if (whyNot == null) {
            return List.of(new Entry(DISCONNECT_ID, "Disconnect", () -> edits.disconnect(edge)));
        }
        return List.of(new Entry(DISCONNECT_ID, "Disconnect", null), new Entry(null, whyNot, null));
    }
}
