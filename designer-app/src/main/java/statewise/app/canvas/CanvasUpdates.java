package statewise.app.canvas;

import javafx.scene.layout.Region;
import statewise.app.session.DocumentChange;
import statewise.app.session.DocumentSession;
import statewise.app.session.Selection;
import statewise.app.session.SessionDocument;
import statewise.layout.PlacedNode;

/**
 * What the canvas's parts do when something around them moves: a pan, a zoom or a new size of the canvas redraws
 * the grid, the part of the diagram that is drawn, the minimap and the context pad; a new document greys the
 * diagram while the text does not parse and has {@link DiagramSync} lay it out again; a selection made in another
 * view is selected here and brought into view. {@link CanvasView} makes the parts and answers what its tools ask;
 * the listeners, and what each one touches, are here in one place.
 */
final class CanvasUpdates {

    private final CanvasView canvas;
    private final CanvasCamera camera;
    private final CanvasGrid grid;
    private final CanvasLayers layers;
    private final DiagramSync sync;
    private final Minimap minimap;
    private final ContextPad pad;

    CanvasUpdates(CanvasView canvas, CanvasCamera camera, CanvasGrid grid, CanvasLayers layers, DiagramSync sync,
            Minimap minimap, ContextPad pad) {
        this.canvas = canvas;
        this.camera = camera;
        this.grid = grid;
        this.layers = layers;
        this.sync = sync;
        this.minimap = minimap;
        this.pad = pad;
    }

    /** Starts following the camera, the canvas's size, the session's documents and the shared selection. */
    void listen() {
        Region root = layers.root();
        camera.property().addListener((property, old, now) -> viewportChanged(now));
        root.widthProperty().addListener((property, old, width) -> sizeChanged());
        root.heightProperty().addListener((property, old, height) -> sizeChanged());
        DocumentSession session = canvas.session();
        session.addListener(this::documentChanged);
        session.selectionProperty().addListener((property, old, shared) -> {
            if (shared.source() != canvas) {
                follow(shared);
            }
        });
    }

    private void viewportChanged(Viewport now) {
        grid.redraw(now, layers.root().getWidth(), layers.root().getHeight());
        canvas.diagram().showArea(camera.visible(), now.scale());
        minimap.redraw();
        pad.update();
    }

    private void sizeChanged() {
        grid.redraw(camera.get(), layers.root().getWidth(), layers.root().getHeight());
        sync.sized();
        canvas.diagram().showArea(camera.visible());
        minimap.redraw();
    }

    private void documentChanged(DocumentChange change) {
        SessionDocument current = change.current();
        layers.setStale(current.analysed() && current.stale(), canvas.diagram().node());
        sync.changed(change);
    }

    /** Selects the nodes another view selected and brings the primary one into view. */
    private void follow(Selection shared) {
        canvas.selection().follow(shared);
        String pointer = shared.pointer();
        PlacedNode node = pointer == null ? null : canvas.diagram().layout().node(pointer);
        if (node != null) {
            canvas.reveal(node);
        }
    }
}
