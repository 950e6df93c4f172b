package statewise.app.canvas;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * state's fields), a diagram comes back (undo, redo), or a fresh layout is asked for the diagram just laid out afresh
 * (Tidy up, then the relayout its dropped pins cause), a layout made before is handed out again instead of laying
 * out anew (see {@link RecentLayouts}), so an undo shows the diagram exactly as it was. Sizes are measured with the
 * headless renderer's sizer, so the canvas and {@code statewise render} draw the same geometry.
 *
 * <p>A layout that really runs is a {@link Job}: a layout of a huge diagram shows in the status bar, and cancelling
 * it stops the layout thread and keeps the diagram on screen as it was. A relayout the last layout answers (typing
 * inside a state's fields) starts no job, so typing never churns the status bar; Tidy up shows at once, as the
 * user asked for it.
 */
final class LayoutRunner {

    /**
     * What a request is called in the status bar, what the user is told when they cancel it, and whether its job
     * starts with the request ({@code atOnce}) or only once the last layout cannot answer it.
     */
    record Purpose(String title, String cancelled, boolean atOnce) {

        static final Purpose RELAYOUT = new Purpose("Laying out the diagram",
                "Layout cancelled: the diagram may not match the text until the next edit or Tidy up.", false);
        static final Purpose TIDY_UP = new Purpose("Tidying up the layout", "Tidy up cancelled: nothing changed.",
                true);
    }

    /** One request on its way: its cancel token and, once the layout really runs, its job. */
    private final class Run {

        private final long ticket;
        private final Purpose purpose;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private volatile boolean ended;
        private @Nullable Job job;

        Run(long ticket, Purpose purpose) {
            this.ticket = ticket;
            this.purpose = purpose;
        }

        boolean stopped() {
            return cancelled.get() || ticket != requested;
        }

        /** Shows the request as a job unless it has ended. UI thread. */
        void show() {
            if (!ended && job == null) {
                job = jobs.start(purpose.title(), () -> {
                    cancelled.set(true);
                    settle(ticket);
                    note.accept(purpose.cancelled());
                });
            }
        }

        /** The request ended; true when its result should be used (it was not cancelled). UI thread. */
        boolean end() {
            ended = true;
            Job shown = job;
            if (shown != null) {
                shown.finish();
            }
            return !cancelled.get();
        }
    }

    private static final System.Logger LOG = System.getLogger(LayoutRunner.class.getName());

    private final ExecutorService executor;
    private final UiThread ui;
    private final Jobs jobs;
    private final Consumer<String> note;
    private volatile long requested;
    private long delivered;
    private boolean warmedUp;
    /** The layouts made lately, to hand out again when what is drawn comes back or did not change. */
    private final RecentLayouts recent = new RecentLayouts();
    /** A layout made before the window's (see {@link #offer}), until the layout thread takes it. */
    private volatile @Nullable CompletableFuture<@Nullable PremadeLayout> premade;

    LayoutRunner(ExecutorService executor, UiThread ui, Jobs jobs, Consumer<String> note) {
        this.executor = executor;
        this.ui = ui;
        this.jobs = jobs;
        this.note = note;
    }

    /**
     * Offers a layout being made elsewhere, the sample's by the start-up warm-up: before its first layout the layout
     * thread waits for it (null: none was made) and keeps it with the layouts it made itself, so a fresh request
     * of the same graph gets it instead of the same graph being laid out twice. The wait is short: the warm-up
     * measures the sample and reads its stored layout, or where this machine measures other boxes lays it out with
     * the kernel that the layout thread would load otherwise.
     */
    void offer(CompletableFuture<@Nullable PremadeLayout> layout) {
        premade = layout;
    }

    /** Lays out {@code document} with {@code pins}; {@code done} gets the result on the UI thread if still wanted. */
    void request(AslDocument document, Map<String, Point> pins, @Nullable LayoutResult previous,
            Consumer<LayoutResult> done) {
        request(document, pins, previous, Purpose.RELAYOUT, done);
    }

    /** Like {@link #request(AslDocument, Map, LayoutResult, Consumer)}, shown as {@code purpose} while it runs. */
    void request(AslDocument document, Map<String, Point> pins, @Nullable LayoutResult previous, Purpose purpose,
            Consumer<LayoutResult> done) {
        ui.check();
        Run run = new Run(++requested, purpose);
        if (purpose.atOnce()) {
            run.show();
        }
        executor.execute(() -> {
            LayoutResult result;
            try {
                if (run.stopped()) {
                    throw new CancellationException();
                }
                result = layOut(document, pins, previous, run);
            } catch (CancellationException e) {
                ui.execute(() -> end(run));
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "Laying out the diagram failed", e);
                ui.execute(() -> end(run));
                return;
            }
            ui.execute(() -> {
                if (run.end() && run.ticket == requested) {
                    delivered = run.ticket;
                    done.accept(result);
                    warmUpOnce(result);
                }
            });
        });
    }

    /**
     * Once the first diagram is on screen, compiles the layout kernel in the background so the next layouts are
     * quick; not before, where its rounds would queue ahead of the first diagram and delay the start, and not
     * before the frame that draws it: on a machine with few cores its rounds and their compilation took processor
     * time from that frame. A window closed before that frame has stopped its layout thread: nothing to warm.
     */
    private void warmUpOnce(LayoutResult shown) {
        if (!warmedUp && !shown.nodes().isEmpty()) {
            warmedUp = true;
            ui.afterNextFrame(() -> {
                try {
                    executor.execute(DiagramLayout::warmUp);
                } catch (RejectedExecutionException closed) {
                    LOG.log(Level.DEBUG, "The window closed before the layout kernel was warmed up", closed);
                }
            });
        }
    }

    /** True when the latest request's result has been delivered (nothing is pending). */
    boolean idle() {
        return delivered == requested;
    }

    private LayoutResult layOut(AslDocument document, Map<String, Point> pins, @Nullable LayoutResult previous,
            Run run) {
        DiagramGraph graph = DiagramGraphs.of(document, Java2dSizer.INSTANCE);
        takePremade();
        LayoutResult made = recent.find(graph, pins, previous == null);
        if (made != null) {
            return made;
        }
        ui.execute(run::show);
        LayoutResult result = DiagramLayout.layout(graph, new LayoutOptions(pins, previous), run::stopped);
        recent.add(graph, pins, previous == null, result);
        return result;
    }

    /** Keeps the layout offered before the first request, once it is made. Layout thread. */
    private void takePremade() {
        CompletableFuture<@Nullable PremadeLayout> offered = premade;
        if (offered == null) {
            return;
        }
        premade = null;
        PremadeLayout made = offered.join();
        if (made != null) {
            recent.add(made.graph(), Map.of(), true, made.layout());
        }
    }

    private void end(Run run) {
        run.end();
        settle(run.ticket);
    }

    private void settle(long ticket) {
        delivered = Math.max(delivered, ticket);
    }
}
