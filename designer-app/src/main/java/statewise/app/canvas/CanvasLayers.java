package statewise.app.canvas;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;

/**
 * The stacked panes the canvas is made of, clipped to its bounds: the surface (grid and diagram, which the camera
 * moves), the floating layer (in-place rename, find field, context pad), the note shown while the text does not
 * parse, the zoom label and the minimap.
 */
final class CanvasLayers {

    private final StackPane root = new StackPane();
    private final Pane surface = new Pane();
    private final Pane floating = new Pane();
    private final Label stale = new Label("The text does not parse: showing the last valid diagram.");

    /** {@code grid} and {@code diagram} go on the surface, the grid below. */
    CanvasLayers(Node grid, Node diagram) {
        root.setId(CanvasView.CANVAS_ID);
        root.getStyleClass().add("diagram-canvas");
        root.getStylesheets().add(CanvasView.STYLESHEET_URL);
        root.setFocusTraversable(true);
        root.setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(root.widthProperty());
        clip.heightProperty().bind(root.heightProperty());
        root.setClip(clip);
        surface.getChildren().addAll(grid, diagram);
        surface.getStyleClass().add("canvas-surface");
        floating.setPickOnBounds(false);
        stale.setId(CanvasView.STALE_ID);
        stale.getStyleClass().add("canvas-stale");
        stale.setVisible(false);
        StackPane.setAlignment(stale, Pos.TOP_CENTER);
    }

    /** Puts the zoom label (bottom left) and the minimap over the diagram. */
    void addOverlays(Label zoom, Node minimap) {
        StackPane.setAlignment(zoom, Pos.BOTTOM_LEFT);
        root.getChildren().addAll(surface, floating, stale, zoom, minimap);
    }

    StackPane root() {
        return root;
    }

    Pane surface() {
        return surface;
    }

    Pane floating() {
        return floating;
    }

    /** Shows the note that the text does not parse, and greys {@code diagram}, or neither. */
    void setStale(boolean shown, Node diagram) {
        stale.setVisible(shown);
        diagram.setOpacity(shown ? 0.45 : 1);
    }
}
