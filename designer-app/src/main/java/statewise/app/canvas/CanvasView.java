package statewise.app.canvas;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.jspecify.annotations.Nullable;
import statewise.app.fx.Jobs;
import statewise.app.session.DocumentSession;
import statewise.engine.model.StateType;
import statewise.layout.LayoutResult;
import statewise.layout.PlacedNode;
import statewise.layout.Point;

/**
 * The diagram canvas in the centre of the window: a view of the session's model, laid out off the FX thread and
 * drawn by {@link DiagramPane}, with zoom and pan ({@link Viewport}), a minimap, hover summaries, a shared
 * selection and the editing gestures of {@link CanvasGestures}. Every edit goes through {@link CanvasViewModel} and
 * reaches the session as one undo step; a refused one shows the rules' reason through {@code note}. While the text
 * does not parse, the last good diagram stays, greyed and marked stale. This class makes the parts and answers what
 * the tools ask; {@link CanvasUpdates} keeps the parts in step with the view, the session and the shared selection.
 */
public final class CanvasView {

    /** Node ids and style classes, for tests and the stylesheet. */
    public static final String CANVAS_ID = "diagram-canvas";
    public static final String STALE_ID = "canvas-stale";
    public static final String ZOOM_ID = "canvas-zoom";
    public static final String MINIMAP_TOGGLE_ID = Minimap.TOGGLE_ID;

    /** The canvas and palette stylesheet. */
    public static final String STYLESHEET_URL = Objects.requireNonNull(CanvasView.class.getResource("canvas.css"))
            .toExternalForm();

    private final DocumentSession session;
    private final Consumer<String> note;
    private final Jobs jobs;
    private final CanvasViewModel model;
    private final EdgeEdits edgeEdits;
    private final PadEdits padEdits;
    private final DiagramSync sync;
    private final DiagramPane diagram = new DiagramPane();
    private final CanvasGrid grid = new CanvasGrid();
    private final CanvasLayers layers = new CanvasLayers(grid.node(), diagram.node());
    private final StackPane root = layers.root();
    private final Minimap minimap;
    private final CanvasCamera camera = new CanvasCamera(root, layers.surface(), diagram.node());
    private final CanvasSelection selection;
    private final CanvasGestures gestures;
    private final CanvasCommands commands;
    private final PaletteDrops drops;
    private final ContextPad pad;
    private @Nullable FindField find;

    /** {@code jobs} shows the layouts of huge diagrams (and Tidy up) with their progress and a cancel button. */
    public CanvasView(DocumentSession session, ExecutorService layoutExecutor, Jobs jobs, Consumer<String> note) {
        this.session = session;
        this.note = note;
        this.jobs = jobs;
        this.model = new CanvasViewModel(session::document);
        this.edgeEdits = new EdgeEdits(session::document);
        this.padEdits = new PadEdits(session::document);
        this.sync = new DiagramSync(this, layoutExecutor);
        this.minimap = new Minimap(this);
        layers.addOverlays(camera.zoomLabel(), minimap.node());
        selection = new CanvasSelection(diagram, session, this);
        commands = new CanvasCommands(this);
        drops = new PaletteDrops(this);
        pad = new ContextPad(this);
        selection.setOnChange(pad::update);
        gestures = new CanvasGestures(this);
        new CanvasUpdates(this, camera, grid, layers, sync, minimap, pad).listen();
        sync.relayout(true);
    }

    public Region node() {
        return root;
    }

    /**
     * Sets or clears a pseudo-class on the node of state {@code id}, kept across layouts: the debugger marks
     * execution status ({@code status-running}…) and breakpoints ({@code breakpoint}) this way.
     */
    public void setNodeMark(String id, String pseudoClass, boolean on) {
        diagram.mark(id, PseudoClass.getPseudoClass(pseudoClass), on);
    }

    /**
     * Shows a small text badge on the node of state {@code id}, kept across layouts, or removes it ({@code null}):
     * the debugger shows Map and Parallel counters and tasks waiting for a callback this way.
     */
    public void setNodeBadge(String id, @Nullable String text) {
        diagram.badge(id, text);
    }

    /** Sets or clears a pseudo-class on the edges from node {@code from} to node {@code to}: the path a run took. */
    public void setEdgeMark(String from, String to, String pseudoClass, boolean on) {
        diagram.markEdges(from, to, PseudoClass.getPseudoClass(pseudoClass), on);
    }

    /** Whether the minimap is folded away to its title; the window remembers it between runs. */
    public BooleanProperty minimapFoldedProperty() {
        return minimap.foldedProperty();
    }

    /** Whether the background grid is drawn (View → Show/Hide Grid); the window remembers it between runs. */
    public BooleanProperty gridShownProperty() {
        return grid.shownProperty();
    }

    /** The edit commands on the selection, for actions and menus. */
    public CanvasCommands commands() {
        return commands;
    }

    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return camera.property();
    }

    /** The selected node ids (state pointers), in the order they were selected. */
    public List<String> selectedIds() {
        return List.copyOf(selection.ids());
    }

    /** The layout on screen, for tests and the minimap. */
    public LayoutResult layout() {
        return diagram.layout();
    }

    /**
     * A layout made before the window, the sample's by the start-up warm-up: a fresh layout of the same graph is
     * not made again (see {@link LayoutRunner#offer}).
     */
    public void offerLayout(CompletableFuture<@Nullable PremadeLayout> layout) {
        sync.offer(layout);
    }

    /** True when the diagram on screen is the one for the session's latest document (no layout pending). */
    public boolean idle() {
        return sync.idle() && session.document().analysed();
    }

    /** Where the diagram point lies in scene coordinates (for tests and drops). */
    public Point2D sceneOf(Point world) {
        return camera.sceneOf(world);
    }

    // ---- what actions and the palette ask for

    public void zoomIn() {
        camera.zoomBy(Viewport.STEP);
    }

    public void zoomOut() {
        camera.zoomBy(1 / Viewport.STEP);
    }

    /** Back to 100 %, keeping the middle of the view where it is. */
    public void zoomReset() {
        camera.zoomBy(1 / camera.get().scale());
    }

    public void fitToWindow() {
        setViewport(sync.fit());
    }

    /** Highlights what a palette drop at the scene point would hit; null clears it. */
    public void previewDrop(@Nullable Point2D scenePoint) {
        drops.preview(scenePoint == null ? null : worldOf(scenePoint));
    }

    /** Adds a state of {@code type} where it was dropped: into the edge under the point, or unconnected there. */
    public void dropState(StateType type, Point2D scenePoint) {
        drops.drop(type, worldOf(scenePoint));
    }

    /** True when the scene point lies over the canvas. */
    public boolean contains(Point2D scenePoint) {
        return root.contains(root.sceneToLocal(scenePoint));
    }

    // ---- package-private, for gestures and the minimap

    CanvasViewModel model() {
        return model;
    }

    EdgeEdits edgeEdits() {
        return edgeEdits;
    }

    PadEdits padEdits() {
        return padEdits;
    }

    /** Shows the field that finds a state by name, made on first use: most sessions never open it. */
    void showFind() {
        FindField field = find;
        if (field == null) {
            field = new FindField(this);
            find = field;
        }
        field.show();
    }

    DiagramPane diagram() {
        return diagram;
    }

    DocumentSession session() {
        return session;
    }

    StackPane root() {
        return root;
    }

    Pane floating() {
        return layers.floating();
    }

    Viewport viewport() {
        return camera.get();
    }

    void setViewport(Viewport next) {
        camera.set(next);
    }

    Jobs jobs() {
        return jobs;
    }

    /**
     * Tidy up: lays the diagram out afresh as a cancellable job; only when that is done does {@code apply} run (it
     * drops the pins as one undo step) and the canvas show the new layout, so cancelling changes nothing.
     */
    void tidyUp(Runnable apply) {
        sync.tidyUp(apply);
    }

    void note(String message) {
        note.accept(message);
    }

    Point worldOf(Point2D scenePoint) {
        return camera.worldOf(scenePoint);
    }

    CanvasSelection selection() {
        return selection;
    }

    /** Selects {@code pointers} once the reparse after an edit has made their nodes. */
    void selectAfterAnalysis(List<String> pointers) {
        sync.selectAfterAnalysis(pointers);
    }

    /** The diagram, the view or the selection changed: the context pad and the minimap follow. */
    void overlaysChanged() {
        pad.update();
        minimap.redraw();
    }

    /** Scrolls the view to centre {@code node} when it is not wholly in view. */
    void reveal(PlacedNode node) {
        camera.reveal(node.box());
    }
}
