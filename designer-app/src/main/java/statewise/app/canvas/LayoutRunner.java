package statewise.app.canvas;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import statewise.app.fx.UiThread;
import statewise.engine.document.AslDocument;
import statewise.layout.DiagramGraph;
import statewise.layout.DiagramGraphs;
import statewise.layout.DiagramLayout;
import statewise.layout.LayoutOptions;
import statewise.layout.LayoutResult;
import statewise.layout.Point;
import statewise.layout.render.Java2dSizer;

/**
 * Lays out the diagram of a document on its own thread and hands the result to the UI thread. Only the latest
 * request counts: a result for a document the user has moved past is dropped, so typing fast never shows an old
 * diagram. Pinned nodes (moved by the user) stay at their pins, and the previous layout is passed on so that an edit
 * moves little. When an edit changes nothing drawn (typing inside a state's fields), the last layout is handed out
 * again instead of laying out anew. Sizes are measured with the headless renderer's sizer, so the canvas and
 * {@code statewise render} draw the same geometry.
 */
final class LayoutRunner {

    private static final System.Logger LOG = System.getLogger(LayoutRunner.class.getName());

    private final ExecutorService executor;
    private final UiThread ui;
    private volatile long requested;
    private long delivered;
    /** The graph, pins and result of the latest layout made, to hand out again when nothing drawn changed. */
    private volatile @Nullable Laid last;

    private record Laid(DiagramGraph graph, Map<String, Point> pins, LayoutResult result) {
    }

    LayoutRunner(ExecutorService executor, UiThread ui) {
        this.executor = executor;
        this.ui = ui;
        executor.execute(DiagramLayout::warmUp);
    }

    /** Lays out {@code document} with {@code pins}; {@code done} gets the result on the UI thread if still wanted. */
    void request(AslDocument document, Map<String, Point> pins, @Nullable LayoutResult previous,
            Consumer<LayoutResult> done) {
        ui.check();
        long ticket = ++requested;
        executor.execute(() -> {
            if (ticket != requested) {
                return;
            }
            LayoutResult result;
            try {
                DiagramGraph graph = DiagramGraphs.of(document, Java2dSizer.INSTANCE);
                Laid before = last;
                boolean same = previous != null && before != null && before.graph().equals(graph)
                        && before.pins().equals(pins);
                result = same ? before.result() : DiagramLayout.layout(graph, new LayoutOptions(pins, previous));
                last = new Laid(graph, Map.copyOf(pins), result);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "Laying out the diagram failed", e);
                ui.execute(() -> delivered = Math.max(delivered, ticket));
                return;
            }
            ui.execute(() -> {
                if (ticket == requested) {
                    delivered = ticket;
                    done.accept(result);
                }
            });
        });
    }

    /** True when the latest request's result has been delivered (nothing is pending). */
    boolean idle() {
        return delivered == requested;
    }
}
