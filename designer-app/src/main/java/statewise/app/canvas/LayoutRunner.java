package statewise.app.canvas;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import statewise.app.fx.Job;
import statewise.app.fx.Jobs;
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
 * diagram, and the layout it belonged to stops early. Pinned nodes (moved by the user) stay at their pins, and the
 * previous layout is passed on so that an edit moves little. When an edit changes nothing drawn (typing inside a
 * state's fields), or a fresh layout is asked for the diagram just laid out afresh (Tidy up, then the relayout its
 * dropped pins cause), the last layout is handed out again instead of laying out anew. Sizes are measured with the
 * headless renderer's sizer, so the canvas and {@code statewise render} draw the same geometry.
 *
 * <p>Every request is a {@link Job}: a layout of a huge diagram shows in the status bar, and cancelling it stops
 * the layout thread and keeps the diagram on screen as it was.
 */
final class LayoutRunner {

    /** What a request is called in the status bar, and what the user is told when they cancel it. */
    record Purpose(String title, String cancelled) {

        static final Purpose RELAYOUT = new Purpose("Laying out the diagram",
                "Layout cancelled: the diagram may not match the text until the next edit or Tidy up.");
        static final Purpose TIDY_UP = new Purpose("Tidying up the layout", "Tidy up cancelled: nothing changed.");
    }

    private static final System.Logger LOG = System.getLogger(LayoutRunner.class.getName());

    private final ExecutorService executor;
    private final UiThread ui;
    private final Jobs jobs;
    private final Consumer<String> note;
    private volatile long requested;
    private long delivered;
    /** The graph, pins and result of the latest layout made, to hand out again when nothing drawn changed. */
    private volatile @Nullable Laid last;

    private record Laid(DiagramGraph graph, Map<String, Point> pins, boolean fresh, LayoutResult result) {
    }

    LayoutRunner(ExecutorService executor, UiThread ui, Jobs jobs, Consumer<String> note) {
        this.executor = executor;
        this.ui = ui;
        this.jobs = jobs;
        this.note = note;
        executor.execute(DiagramLayout::warmUp);
    }

    /** Lays out {@code document} with {@code pins}; {@code done} gets the result on the UI thread if still wanted. */
    void request(AslDocument document, Map<String, Point> pins, @Nullable LayoutResult previous,
            Consumer<LayoutResult> done) {
        request(document, pins, previous, Purpose.RELAYOUT, done);
    }

    /** Like {@link #request(AslDocument, Map, LayoutResult, Consumer)}, shown as {@code purpose} while it runs. */
    Job request(AslDocument document, Map<String, Point> pins, @Nullable LayoutResult previous, Purpose purpose,
            Consumer<LayoutResult> done) {
        ui.check();
        long ticket = ++requested;
        Job job = jobs.start(purpose.title(), () -> {
            settle(ticket);
            note.accept(purpose.cancelled());
        });
        BooleanSupplier stop = () -> job.cancelled() || ticket != requested;
        executor.execute(() -> {
            LayoutResult result;
            try {
                if (stop.getAsBoolean()) {
                    throw new CancellationException();
                }
                result = layOut(document, pins, previous, stop);
            } catch (CancellationException e) {
                ui.execute(() -> end(job, ticket));
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "Laying out the diagram failed", e);
                ui.execute(() -> end(job, ticket));
                return;
            }
            ui.execute(() -> {
                if (job.finish() && ticket == requested) {
                    delivered = ticket;
                    done.accept(result);
                }
            });
        });
        return job;
    }

    /** True when the latest request's result has been delivered (nothing is pending). */
    boolean idle() {
        return delivered == requested;
    }

    private LayoutResult layOut(AslDocument document, Map<String, Point> pins, @Nullable LayoutResult previous,
            BooleanSupplier stop) {
        DiagramGraph graph = DiagramGraphs.of(document, Java2dSizer.INSTANCE);
        Laid before = last;
        boolean same = before != null && before.graph().equals(graph) && before.pins().equals(pins)
                && (previous != null || before.fresh());
        if (same) {
            return before.result();
        }
        LayoutResult result = DiagramLayout.layout(graph, new LayoutOptions(pins, previous), stop);
        last = new Laid(graph, Map.copyOf(pins), previous == null, result);
        return result;
    }

    private void end(Job job, long ticket) {
        job.finish();
        settle(ticket);
    }

    private void settle(long ticket) {
        delivered = Math.max(delivered, ticket);
    }
}
