package statewise.app.canvas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.jspecify.annotations.Nullable;
import statewise.app.fx.FxThread;
import statewise.app.session.ChangeOrigin;
import statewise.app.session.DocumentChange;
import statewise.app.session.DocumentSession;
import statewise.app.session.Selection;
import statewise.app.session.SessionDocument;
import statewise.app.session.StatePointers;
import statewise.engine.model.State;
import statewise.engine.model.StateType;
import statewise.layout.Box;
import statewise.layout.LayoutResult;
import statewise.layout.PlacedNode;
import statewise.layout.Point;

/**
 * The diagram canvas in the centre of the window: a view of the session's model, laid out off the FX thread and
 * drawn by {@link DiagramPane}, with zoom and pan ({@link Viewport}), a minimap, hover summaries, a shared
 * selection and the editing gestures of {@link CanvasGestures}. Every edit goes through {@link CanvasViewModel} and
 * reaches the session as one undo step; a refused one shows the rules' reason through {@code note}. While the text
 * does not parse, the last good diagram stays, greyed and marked stale.
 */
public final class CanvasView {

    /** Node ids and style classes, for tests and the stylesheet. */
    public static final String CANVAS_ID = "diagram-canvas";
    public static final String STALE_ID = "canvas-stale";
    public static final String ZOOM_ID = "canvas-zoom";

    /** The canvas and palette stylesheet. */
    public static final String STYLESHEET_URL = Objects.requireNonNull(CanvasView.class.getResource("canvas.css"))
            .toExternalForm();

    private static final double FIT_MARGIN = 24;

    /**
     * The least zoom a freshly opened diagram is shown at: a diagram that fits the window at this zoom or more is
     * shown whole; a bigger one (hundreds of states) is shown across from its start, where its shape still reads.
     */
    private static final double FIRST_VIEW_SCALE = 0.3;

    private final DocumentSession session;
    private final Consumer<String> note;
    private final CanvasViewModel model;
    private final EdgeEdits edgeEdits;
    private final PadEdits padEdits;
    private final LayoutRunner layouts;
    private final DiagramPane diagram = new DiagramPane();
    private final StackPane root = new StackPane();
    private final Pane surface = new Pane();
    private final Pane floating = new Pane();
    private final Label stale = new Label("The text does not parse: showing the last valid diagram.");
    private final Label zoom = new Label("100%");
    private final Minimap minimap;
    private final Translate translate = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final ReadOnlyObjectWrapper<Viewport> viewport = new ReadOnlyObjectWrapper<>(Viewport.IDENTITY);
    private final CanvasSelection selection;
    private final CanvasGestures gestures;
    private final CanvasCommands commands;
    private final PaletteDrops drops;
    private final ContextPad pad;
    private final FindField find;
    private boolean fitPending = true;
    private List<String> revealPending = List.of();

    public CanvasView(DocumentSession session, ExecutorService layoutExecutor, Consumer<String> note) {
        this.session = session;
        this.note = note;
        this.model = new CanvasViewModel(session::document);
        this.edgeEdits = new EdgeEdits(session::document);
        this.padEdits = new PadEdits(session::document);
        this.layouts = new LayoutRunner(layoutExecutor, FxThread.UI);
        this.minimap = new Minimap(this);
        root.setId(CANVAS_ID);
        root.getStyleClass().add("diagram-canvas");
        root.getStylesheets().add(STYLESHEET_URL);
        root.setFocusTraversable(true);
        root.setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(root.widthProperty());
        clip.heightProperty().bind(root.heightProperty());
        root.setClip(clip);
        diagram.node().getTransforms().setAll(translate, scale);
        surface.getChildren().add(diagram.node());
        surface.getStyleClass().add("canvas-surface");
        floating.setPickOnBounds(false);
        stale.setId(STALE_ID);
        stale.getStyleClass().add("canvas-stale");
        stale.setVisible(false);
        zoom.setId(ZOOM_ID);
        zoom.getStyleClass().add("canvas-zoom");
        StackPane.setAlignment(stale, Pos.TOP_CENTER);
        StackPane.setAlignment(zoom, Pos.BOTTOM_LEFT);
        root.getChildren().addAll(surface, floating, stale, zoom, minimap.node());
        viewport.addListener((property, old, now) -> applyViewport(now));
        root.widthProperty().addListener((property, old, width) -> sizeChanged());
        root.heightProperty().addListener((property, old, height) -> sizeChanged());
        selection = new CanvasSelection(diagram, session, this);
        commands = new CanvasCommands(this);
        drops = new PaletteDrops(this);
        pad = new ContextPad(this);
        find = new FindField(this);
        selection.setOnChange(pad::update);
        gestures = new CanvasGestures(this);
        session.addListener(this::changed);
        session.selectionProperty().addListener((property, old, shared) -> {
            if (shared.source() != this) {
                follow(shared);
            }
        });
        relayout(true);
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

    /** The edit commands on the selection, for actions and menus. */
    public CanvasCommands commands() {
        return commands;
    }

    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    /** The selected node ids (state pointers), in the order they were selected. */
    public List<String> selectedIds() {
        return List.copyOf(selection.ids());
    }

    /** The layout on screen, for tests and the minimap. */
    public LayoutResult layout() {
        return diagram.layout();
    }

    /** True when the diagram on screen is the one for the session's latest document (no layout pending). */
    public boolean idle() {
        return layouts.idle() && session.document().analysed();
    }

    /** Where the diagram point lies in scene coordinates (for tests and drops). */
    public Point2D sceneOf(Point world) {
        Point screen = viewport.get().toScreen(world);
        return surface.localToScene(screen.x(), screen.y());
    }

    /**
     * The whole diagram as the canvas draws it (theme, marks and all), {@code pixelsPerUnit} image pixels per diagram
     * unit whatever the zoom, on the canvas background: File → Export → Diagram as PNG.
     */
    public WritableImage picture(double pixelsPerUnit) {
        Viewport now = viewport.get();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(new Scale(pixelsPerUnit / now.scale(), pixelsPerUnit / now.scale())
                .createConcatenation(new Translate(-now.x(), -now.y())));
        Background background = surface.getBackground() != null ? surface.getBackground() : root.getBackground();
        parameters.setFill(background != null && !background.getFills().isEmpty()
                ? background.getFills().get(0).getFill() : Color.TRANSPARENT);
        return diagram.node().snapshot(parameters, null);
    }

    // ---- what actions and the palette ask for

    public void zoomIn() {
        zoomBy(Viewport.STEP);
    }

    public void zoomOut() {
        zoomBy(1 / Viewport.STEP);
    }

    /** Back to 100 %, keeping the middle of the view where it is. */
    public void zoomReset() {
        zoomBy(1 / viewport.get().scale());
    }

    public void fitToWindow() {
        LayoutResult layout = diagram.layout();
        setViewport(Viewport.fit(new Box(0, 0, layout.size().width(), layout.size().height()),
                root.getWidth(), root.getHeight(), FIT_MARGIN));
    }

    /** The view of a file just opened: fitted to the window (see {@link #FIRST_VIEW_SCALE}). */
    private void firstView() {
        LayoutResult layout = diagram.layout();
        setViewport(Viewport.overview(new Box(0, 0, layout.size().width(), layout.size().height()),
                root.getWidth(), root.getHeight(), FIT_MARGIN, FIRST_VIEW_SCALE));
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

    /** Shows the field that finds a state by name. */
    void showFind() {
        find.show();
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
        return floating;
    }

    Viewport viewport() {
        return viewport.get();
    }

    void setViewport(Viewport next) {
        viewport.set(next);
    }

    void note(String message) {
        note.accept(message);
    }

    Point worldOf(Point2D scenePoint) {
        Point2D local = surface.sceneToLocal(scenePoint);
        return viewport.get().toWorld(local.getX(), local.getY());
    }

    CanvasSelection selection() {
        return selection;
    }

    /** Selects {@code pointers} once the reparse after an edit has made their nodes. */
    void selectAfterAnalysis(List<String> pointers) {
        revealPending = List.copyOf(pointers);
    }

    /** Lays the diagram out afresh, without the previous layout to keep places from. */
    void relayoutFresh() {
        relayout(false);
    }

    // ---- internals

    private void zoomBy(double factor) {
        setViewport(viewport.get().zoomAt(factor, root.getWidth() / 2, root.getHeight() / 2));
    }

    private void applyViewport(Viewport now) {
        translate.setX(now.x());
        translate.setY(now.y());
        scale.setX(now.scale());
        scale.setY(now.scale());
        zoom.setText(now.percent() + "%");
        minimap.redraw();
        pad.update();
    }

    private void sizeChanged() {
        if (fitPending && layouts.idle() && !diagram.layout().nodes().isEmpty() && root.getWidth() > 0) {
            fitPending = false;
            firstView();
        }
        minimap.redraw();
    }

    private void changed(DocumentChange change) {
        SessionDocument previous = change.previous();
        SessionDocument current = change.current();
        stale.setVisible(current.analysed() && current.stale());
        diagram.node().setOpacity(stale.isVisible() ? 0.45 : 1);
        if (change.origin() == ChangeOrigin.LOAD) {
            fitPending = true;
            selection.clear();
        }
        boolean newModel = current.model() != previous.model() || change.origin() == ChangeOrigin.LOAD
                || change.origin() == ChangeOrigin.RELOAD;
        boolean tidied = change.origin() == ChangeOrigin.POSITIONS && current.positions().isEmpty();
        if (newModel || !current.positions().equals(previous.positions())) {
            relayout(!tidied && change.origin() != ChangeOrigin.LOAD && change.origin() != ChangeOrigin.RELOAD);
        }
        if (change.origin() == ChangeOrigin.ANALYSIS && !revealPending.isEmpty()) {
            List<String> reveal = revealPending;
            revealPending = List.of();
            selection.select(reveal, false);
        }
    }

    private void relayout(boolean keepPlaces) {
        SessionDocument document = session.document();
        Map<String, Point> pins = new HashMap<>();
        document.positions().byPointer().forEach((pointer, p) -> pins.put(pointer, new Point(p.x(), p.y())));
        layouts.request(document.modelDocument(), pins, keepPlaces ? diagram.layout() : null, this::laidOut);
    }

    private void laidOut(LayoutResult result) {
        diagram.show(result);
        selection.refresh();
        pad.update();
        if (fitPending && root.getWidth() > 0) {
            fitPending = false;
            firstView();
        }
        minimap.redraw();
    }

    /** Selects the nodes another view selected and brings the primary one into view. */
    private void follow(Selection shared) {
        selection.follow(shared);
        String pointer = shared.pointer();
        PlacedNode node = pointer == null ? null : diagram.layout().node(pointer);
        if (node != null) {
            reveal(node);
        }
    }

    /** Scrolls the view to centre {@code node} when it is not wholly in view. */
    void reveal(PlacedNode node) {
        Box shown = viewport.get().visible(root.getWidth(), root.getHeight());
        if (!shown.contains(node.box())) {
            setViewport(viewport.get().centredOn(new Point(node.box().centerX(), node.box().centerY()),
                    root.getWidth(), root.getHeight()));
        }
    }

    @Nullable String hoverText(String id) {
        State state = StatePointers.of(session.document().modelDocument()).get(id);
        return state == null ? null : StateSummary.text(StatePointers.name(id), state);
    }
}
