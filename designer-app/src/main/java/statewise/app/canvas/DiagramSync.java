package statewise.app.canvas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.jspecify.annotations.Nullable;
import statewise.app.fx.FxThread;
import statewise.app.session.ChangeOrigin;
import statewise.app.session.ChangedStates;
import statewise.app.session.DocumentChange;
import statewise.app.session.SessionDocument;
import statewise.layout.Box;
import statewise.layout.LayoutResult;
import statewise.layout.Point;

/**
 * Keeps the canvas's drawing in step with the session: lays the diagram out again (off the FX thread, see
 * {@link LayoutRunner}) when the model or the pinned positions change, shows each layout that arrives, gives a file
 * just opened its first view, and selects what an edit made once the reparse has made its nodes.
 */
final class DiagramSync {

    private static final double FIT_MARGIN = 24;

    /**
     * The least zoom a freshly opened diagram is shown at: a diagram that fits the window at this zoom or more is
     * shown whole; a bigger one (hundreds of states) is shown across from its start, where its shape still reads.
     */
    private static final double FIRST_VIEW_SCALE = 0.3;

    private final CanvasView canvas;
    private final LayoutRunner layouts;
    private boolean fitPending = true;
    private List<String> revealPending = List.of();

    DiagramSync(CanvasView canvas, ExecutorService layoutExecutor) {
        this.canvas = canvas;
        this.layouts = new LayoutRunner(layoutExecutor, FxThread.UI, canvas.jobs(), canvas::note);
    }

    /** See {@link LayoutRunner#offer}. */
    void offer(CompletableFuture<@Nullable PremadeLayout> layout) {
        layouts.offer(layout);
    }

    /** True when the latest layout asked for has been shown. */
    boolean idle() {
        return layouts.idle();
    }

    /** Selects {@code pointers} once the reparse after an edit has made their nodes. */
    void selectAfterAnalysis(List<String> pointers) {
        revealPending = List.copyOf(pointers);
    }

    /** The view that shows the whole diagram with a margin. */
    Viewport fit() {
        return Viewport.fit(whole(canvas.diagram().layout()), canvas.root().getWidth(), canvas.root().getHeight(),
                FIT_MARGIN);
    }

    /** The canvas got its size: a file opened before it had one gets its first view now. */
    void sized() {
        if (fitPending && layouts.idle() && !canvas.diagram().layout().nodes().isEmpty()
                && canvas.root().getWidth() > 0) {
            fitPending = false;
            canvas.setViewport(firstView(canvas.diagram().layout()));
        }
    }

    /**
     * Follows a change of the session's document: lays out again when what is drawn may have changed. A new model
     * that changed no state (the machine's comment, a reformatted text) is not laid out at all.
     */
    void changed(DocumentChange change) {
        SessionDocument previous = change.previous();
        SessionDocument current = change.current();
        ChangeOrigin origin = change.origin();
        if (origin == ChangeOrigin.LOAD) {
            fitPending = true;
            canvas.selection().clear();
        }
        boolean newModel = current.model() != previous.model() && ChangedStates.touchesStates(change.affected())
                || origin == ChangeOrigin.LOAD || origin == ChangeOrigin.RELOAD;
        boolean tidied = origin == ChangeOrigin.POSITIONS && current.positions().isEmpty();
        if (newModel || !current.positions().equals(previous.positions())) {
            relayout(!tidied && origin != ChangeOrigin.LOAD && origin != ChangeOrigin.RELOAD);
        }
        if (origin == ChangeOrigin.ANALYSIS && !revealPending.isEmpty()) {
            List<String> reveal = revealPending;
            revealPending = List.of();
            canvas.selection().select(reveal, false);
        }
    }

    /** Lays the session's document out, keeping the places of the diagram shown when {@code keepPlaces}. */
    void relayout(boolean keepPlaces) {
        SessionDocument document = canvas.session().document();
        Map<String, Point> pins = new HashMap<>();
        document.positions().byPointer().forEach((pointer, p) -> pins.put(pointer, new Point(p.x(), p.y())));
        layouts.request(document.modelDocument(), pins, keepPlaces ? canvas.diagram().layout() : null,
                this::laidOut);
    }

    /** See {@link CanvasView#tidyUp}. */
    void tidyUp(Runnable apply) {
        layouts.request(canvas.session().document().modelDocument(), Map.of(), null, LayoutRunner.Purpose.TIDY_UP,
                result -> {
                    apply.run();
                    laidOut(result);
                });
    }

    /**
     * Shows a layout that arrived. A file just opened gets its first view before its views are made, so only the
     * nodes that view shows are drawn. The layout on screen handed out again (the edit changed nothing drawn) leaves
     * the canvas as it is.
     */
    private void laidOut(LayoutResult result) {
        double width = canvas.root().getWidth();
        double height = canvas.root().getHeight();
        if (result == canvas.diagram().layout() && !(fitPending && width > 0)) {
            return;
        }
        @Nullable Viewport first = null;
        if (fitPending && width > 0) {
            fitPending = false;
            first = firstView(result);
        }
        Viewport view = first == null ? canvas.viewport() : first;
        canvas.diagram().show(result, view.visible(width, height), view.scale());
        canvas.selection().refresh();
        if (first != null) {
            canvas.setViewport(first);
        }
        canvas.overlaysChanged();
    }

    /** The view of a file just opened: fitted to the window (see {@link #FIRST_VIEW_SCALE}). */
    private Viewport firstView(LayoutResult layout) {
        return Viewport.overview(whole(layout), canvas.root().getWidth(), canvas.root().getHeight(), FIT_MARGIN,
                FIRST_VIEW_SCALE);
    }

    private static Box whole(LayoutResult layout) {
        return new Box(0, 0, layout.size().width(), layout.size().height());
    }
}
