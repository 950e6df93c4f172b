package statewise.app.canvas;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import statewise.layout.Box;
import statewise.layout.Point;

/**
 * Where the diagram sits on the canvas: the zoom and pan ({@link Viewport}) applied to the diagram as transforms,
 * the zoom shown as a percentage in a corner, and the conversions between scene points and diagram points.
 */
final class CanvasCamera {

    private final Region root;
    private final Region surface;
    private final Translate translate = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final ReadOnlyObjectWrapper<Viewport> viewport = new ReadOnlyObjectWrapper<>(Viewport.IDENTITY);
    private final Label zoom = new Label("100%");

    /** Moves {@code diagram} within {@code surface}, drawn over the whole of the canvas's {@code root}. */
    CanvasCamera(Region root, Region surface, Node diagram) {
        this.root = root;
        this.surface = surface;
        diagram.getTransforms().setAll(translate, scale);
        zoom.setId(CanvasView.ZOOM_ID);
        zoom.getStyleClass().add("canvas-zoom");
        viewport.addListener((property, old, now) -> {
            translate.setX(now.x());
            translate.setY(now.y());
            scale.setX(now.scale());
            scale.setY(now.scale());
            zoom.setText(now.percent() + "%");
        });
    }

    /** The label showing the zoom. */
    Label zoomLabel() {
        return zoom;
    }

    ReadOnlyObjectProperty<Viewport> property() {
        return viewport.getReadOnlyProperty();
    }

    Viewport get() {
        return viewport.get();
    }

    void set(Viewport next) {
        viewport.set(next);
    }

    /** Zooms by {@code factor}, keeping the middle of the view where it is. */
    void zoomBy(double factor) {
        set(get().zoomAt(factor, root.getWidth() / 2, root.getHeight() / 2));
    }

    /** The part of the diagram on screen, in diagram coordinates. */
    Box visible() {
        return get().visible(root.getWidth(), root.getHeight());
    }

    /** Scrolls the view to centre {@code box} when it is not wholly in view. */
    void reveal(Box box) {
        if (!visible().contains(box)) {
            set(get().centredOn(new Point(box.centerX(), box.centerY()), root.getWidth(), root.getHeight()));
        }
    }

    /** Where the diagram point lies in scene coordinates. */
    Point2D sceneOf(Point world) {
        Point screen = get().toScreen(world);
        return surface.localToScene(screen.x(), screen.y());
    }

    /** The diagram point under the scene point. */
    Point worldOf(Point2D scenePoint) {
        Point2D local = surface.sceneToLocal(scenePoint);
        return get().toWorld(local.getX(), local.getY());
    }
}
