package statewise.app.canvas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import statewise.app.session.NodePositions;
import statewise.engine.model.StateType;
import statewise.layout.Box;
import statewise.layout.PlacedNode;

/**
 * The canvas's keys, for editing without the mouse: Delete, F2 or Enter (rename), Insert or Ctrl+Enter (append a
 * Pass after the selected state), Ctrl+D, Ctrl+C, Ctrl+X, Ctrl+V, Ctrl+F (find a state), Escape, and the arrows
 * (along the flow; with Alt or Shift they move the selected states). They act only while the canvas has the
 * keyboard, so they never take a key from the ASL editor.
 */
final class CanvasKeys {

    /** How far Alt+arrow moves the selected states, in diagram pixels. */
    private static final double KEY_STEP = 10;

    private final CanvasView canvas;

    CanvasKeys(CanvasView canvas) {
        this.canvas = canvas;
    }

    /** Handles a key pressed while the canvas has the keyboard; true when it was one of the canvas's keys. */
    boolean pressed(KeyEvent event) {
        boolean shortcut = event.isShortcutDown();
        KeyCode code = event.getCode();
        boolean handled = true;
        if (code.isArrowKey()) {
            arrow(event);
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            canvas.commands().deleteSelection();
        } else if (code == KeyCode.INSERT || shortcut && code == KeyCode.ENTER) {
            canvas.commands().append(StateType.PASS);
        } else if (code == KeyCode.F2 || code == KeyCode.ENTER) {
            canvas.commands().renameSelection();
        } else if (shortcut && code == KeyCode.F) {
            canvas.commands().find();
        } else if (code == KeyCode.ESCAPE) {
            canvas.selection().select(List.of(), false);
        } else if (shortcut && code == KeyCode.D) {
            canvas.commands().duplicateSelection();
        } else if (shortcut && code == KeyCode.C) {
            canvas.commands().copySelection();
        } else if (shortcut && code == KeyCode.X) {
            canvas.commands().cutSelection();
        } else if (shortcut && code == KeyCode.V) {
            canvas.commands().paste();
        } else {
            handled = false;
        }
        return handled;
    }

    /**
     * Arrow keys: alone they move the selection along the flow ({@link FlowNavigation}); with Alt they move the
     * selected states by {@link #KEY_STEP} pixels, with Shift by one, as one undo step per key.
     */
    private void arrow(KeyEvent event) {
        KeyCode code = event.getCode();
        double dx = code == KeyCode.LEFT || code == KeyCode.KP_LEFT ? -1 : code == KeyCode.RIGHT
                || code == KeyCode.KP_RIGHT ? 1 : 0;
        double dy = code == KeyCode.UP || code == KeyCode.KP_UP ? -1 : code == KeyCode.DOWN
                || code == KeyCode.KP_DOWN ? 1 : 0;
        if (event.isAltDown() || event.isShiftDown()) {
            double step = event.isAltDown() ? KEY_STEP : 1;
            Map<String, NodePositions.Position> moved = new LinkedHashMap<>();
            for (String id : canvas.selection().ids()) {
                PlacedNode node = canvas.diagram().layout().node(id);
                if (node != null && !node.kind().isMarker()) {
                    Box box = node.box();
                    moved.put(id, new NodePositions.Position(Math.round(box.x() + dx * step),
                            Math.round(box.y() + dy * step)));
                }
            }
            canvas.commands().move(moved);
            return;
        }
        FlowNavigation.Direction direction = dx < 0 ? FlowNavigation.Direction.LEFT
                : dx > 0 ? FlowNavigation.Direction.RIGHT : dy < 0 ? FlowNavigation.Direction.UP
                : FlowNavigation.Direction.DOWN;
        String next = new FlowNavigation(canvas.diagram().layout()).step(canvas.selection().primary(), direction);
        PlacedNode node = next == null ? null : canvas.diagram().layout().node(next);
        if (node != null) {
            canvas.selection().select(List.of(next), false);
            canvas.reveal(node);
        }
    }
}
