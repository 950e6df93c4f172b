package statewise.app.shell;

import static statewise.app.fx.BenchFigures.line;
import static statewise.app.fx.BenchFigures.onFx;
import static statewise.app.fx.BenchFigures.percentile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import org.jspecify.annotations.Nullable;
import statewise.app.actions.ActionRegistry;
import statewise.app.inspector.InspectedState;
import statewise.app.session.ChangeOrigin;
import statewise.app.session.DocumentChange;
import statewise.app.session.DocumentSession;
import statewise.app.session.SessionDocument;
import statewise.engine.model.StateType;

/**
 * The canvas-edit section of {@link DesignerLatencyBenchmark}: a Pass state appended after a state in the middle of
 * the flow through the canvas's command (what the context pad's Append does), timed until two frames: the first laid
 * out with the new text in the editor, and the first with everything the edit leads to settled (the text read again,
 * the diagram laid out with the new state, the new state selected and the inspector showing it). The second is
 * reported beside the first so that work moved past the text frame is not hidden. As a user selects the state and
 * then clicks Append, the frame showing the selection is drawn before the append; each append is undone, untimed.
 */
final class EditFrames {

    /** What the benchmark times with: its own frame watching (see {@link DesignerLatencyBenchmark}). */
    interface Timer {

        /** Runs {@code action} on the FX thread; returns when it started and when the frame after {@code until}. */
        long[] measure(Runnable action, Predicate<DocumentChange> until) throws Exception;

        /** Waits for the first frame laid out with the canvas showing the latest document; returns when. */
        long awaitDrawn() throws Exception;
    }

    /** Nanoseconds per edit until the frame with its text and until the frame with everything settled. */
    record Figures(List<Long> text, List<Long> settled) {
    }

    /**
     * A flight recording's mark of one timed edit, from the command until the frame with its text ({@code text}) or
     * with everything settled ({@code settled}), so a profile can tell the samples of each frame apart.
     */
    @Name("statewise.bench.EditWindow")
    @Label("Canvas edit until a frame")
    static final class EditWindow extends Event {

        @Label("Until")
        final String until;

        EditWindow(String until) {
            this.until = until;
        }
    }

    private final MainWindow window;
    private final DocumentSession session;
    private final Timer timer;
    private volatile @Nullable CompletableFuture<Long> settled;
    private @Nullable EditWindow textWindow;
    private @Nullable EditWindow settleWindow;
    /** The state selected before the append and the revision before it (FX thread). */
    private @Nullable String appendedTo;
    private long revisionBefore;

    /** Call on the FX thread. */
    EditFrames(MainWindow window, Timer timer) {
        this.window = window;
        this.session = window.session();
        this.timer = timer;
        window.stage().getScene().addPostLayoutPulseListener(this::laidOut);
    }

    /** Appends {@code warmup + count} times, each undone again, and returns the figures of the last {@code count}. */
    Figures measure(int warmup, int count) throws Exception {
        String pointer = "/States/" + onFx(() -> session.document().modelDocument().stateMachine().states().keySet()
                .stream().skip(session.document().modelDocument().stateMachine().states().size() / 2L).findFirst()
                .orElseThrow());
        List<Long> text = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < warmup + count; i++) {
            timer.awaitDrawn();
            onFx(() -> {
                session.select(pointer, this);
                return null;
            });
            timer.awaitDrawn();
            CompletableFuture<Long> done = new CompletableFuture<>();
            onFx(() -> {
                appendedTo = pointer;
                revisionBefore = session.document().revision();
                settled = done;
                return null;
            });
            long[] times = timer.measure(() -> {
                textWindow = begun("text");
                settleWindow = begun("settled");
                window.canvas().commands().append(StateType.PASS);
            }, change -> change.origin() == ChangeOrigin.EDIT);
            long settledAt = done.get(60, TimeUnit.SECONDS);
            if (i >= warmup) {
                text.add(times[1] - times[0]);
                all.add(settledAt - times[0]);
            }
            timer.awaitDrawn();
            timer.measure(() -> window.actions().run(ActionRegistry.UNDO),
                    change -> change.origin() == ChangeOrigin.UNDO);
        }
        timer.awaitDrawn();
        return new Figures(text, all);
    }

    /** Prints the figures and their ratios to parsing and validating the text alone ({@code baseline}). */
    static void report(Figures figures, List<Long> baseline) {
        line("canvas edit (append a state) -> frame with the new text", figures.text());
        line("canvas edit -> frame with text, diagram, selection, inspector", figures.settled());
        System.out.printf(Locale.ROOT, "ratio canvas edit -> text / parse + validate alone (p50): %.2f%n",
                (double) percentile(figures.text(), 50) / percentile(baseline, 50));
        System.out.printf(Locale.ROOT, "ratio canvas edit -> all settled / parse + validate alone (p50): %.2f%n",
                (double) percentile(figures.settled(), 50) / percentile(baseline, 50));
    }

    private void laidOut() {
        EditWindow text = textWindow;
        if (text != null && session.document().revision() > revisionBefore) {
            textWindow = null;
            text.commit();
        }
        CompletableFuture<Long> done = settled;
        if (done != null && settledNow()) {
            settled = null;
            done.complete(System.nanoTime());
            EditWindow all = settleWindow;
            settleWindow = null;
            if (all != null) {
                all.commit();
            }
        }
    }

    private static EditWindow begun(String until) {
        EditWindow mark = new EditWindow(until);
        mark.begin();
        return mark;
    }

    /**
     * True once the edit's text was read again, the canvas shows the layout made from it with the state now
     * selected (not the one appended to), and the inspector shows that state.
     */
    private boolean settledNow() {
        SessionDocument document = session.document();
        String selected = session.selectionProperty().get().pointer();
        InspectedState shown = window.inspector().model().state();
        return document.revision() > revisionBefore && document.analysed() && window.canvas().idle()
                && selected != null && !selected.equals(appendedTo) && window.canvas().layout().node(selected) != null
                && shown != null && shown.pointer().equals(selected);
    }
}
