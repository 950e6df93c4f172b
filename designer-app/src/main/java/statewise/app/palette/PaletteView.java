package statewise.app.palette;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import statewise.app.canvas.CanvasView;
import statewise.app.canvas.StateGlyphs;
import statewise.app.fx.LazyTips;
import statewise.engine.model.StateType;
import statewise.layout.NodeKind;

/**
 * The state types, one entry each, to drag onto the canvas: dropped on empty canvas a state is added unconnected
 * where it lands, dropped on an edge it is inserted into the flow. The drag is a plain press-drag-release gesture
 * (not system drag and drop), so it behaves the same on every platform and under the headless test toolkit; a small
 * ghost follows the mouse while the canvas shows what the drop would hit.
 */
public final class PaletteView {

    /** Node ids are {@code palette-<type>}, e.g. {@code palette-pass}. */
    public static final String ID_PREFIX = "palette-";

    private static final List<StateType> TYPES = List.of(StateType.TASK, StateType.PASS, StateType.CHOICE,
            StateType.WAIT, StateType.PARALLEL, StateType.MAP, StateType.SUCCEED, StateType.FAIL);

    private final CanvasView canvas;
    private final VBox root = new VBox();
    private final Label ghost = new Label();

    public PaletteView(CanvasView canvas) {
        this.canvas = canvas;
        root.getStyleClass().add("palette");
        root.getStylesheets().add(CanvasView.STYLESHEET_URL);
        Label heading = new Label("Add a state (drag onto the canvas)");
        heading.getStyleClass().add("pane-heading");
        root.getChildren().add(heading);
        for (StateType type : TYPES) {
            root.getChildren().add(entry(type));
        }
        ghost.getStyleClass().add("palette-ghost");
        ghost.getStylesheets().add(CanvasView.STYLESHEET_URL);
        ghost.setManaged(false);
        ghost.setMouseTransparent(true);
        ghost.setVisible(false);
    }

    public Region node() {
        return root;
    }

    private Label entry(StateType type) {
        NodeKind kind = NodeKind.of(type, false);
        FontIcon icon = new FontIcon(StateGlyphs.icon(kind));
        icon.getStyleClass().add("node-icon");
        Label entry = new Label(type.aslName(), icon);
        entry.setId(ID_PREFIX + type.aslName().toLowerCase(Locale.ROOT));
        entry.getStyleClass().addAll("palette-entry", StateGlyphs.styleClass(kind));
        entry.setMaxWidth(Double.MAX_VALUE);
        LazyTips.install(entry, "Drag onto the canvas to add a " + type.aslName()
                + " state, or onto an arrow to insert it there");
        entry.addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> dragging(type, event));
        entry.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> released(type, event));
        return entry;
    }

    private void dragging(StateType type, MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Point2D scene = new Point2D(event.getSceneX(), event.getSceneY());
        showGhost(type, scene);
        canvas.previewDrop(canvas.contains(scene) ? scene : null);
        event.consume();
    }

    private void released(StateType type, MouseEvent event) {
        hideGhost();
        Point2D scene = new Point2D(event.getSceneX(), event.getSceneY());
        if (event.getButton() == MouseButton.PRIMARY && canvas.contains(scene)) {
            canvas.dropState(type, scene);
        } else {
            canvas.previewDrop(null);
        }
        event.consume();
    }

    private void showGhost(StateType type, Point2D scene) {
        if (root.getScene() == null || !(root.getScene().getRoot() instanceof Pane top)) {
            return;
        }
        if (!top.getChildren().contains(ghost)) {
            top.getChildren().add(ghost);
        }
        ghost.setText(type.aslName());
        ghost.setVisible(true);
        ghost.autosize();
        Point2D local = top.sceneToLocal(scene);
        ghost.relocate(local.getX() + 8, local.getY() + 8);
    }

    private void hideGhost() {
        ghost.setVisible(false);
        if (ghost.getParent() instanceof Pane parent) {
            parent.getChildren().remove(ghost);
        }
    }
}
