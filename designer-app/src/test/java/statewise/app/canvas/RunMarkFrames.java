package statewise.app.canvas;

import static statewise.app.fx.BenchFigures.line;
import static statewise.app.fx.BenchFigures.onFx;
import static statewise.app.fx.BenchFigures.percentile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import statewise.layout.Box;
import statewise.layout.PlacedNode;
import statewise.layout.RoutedEdge;

/**
 * Frame times of a run's status marks on a large diagram fitted to the window (zoomed out, where states are painted
 * in tiles), for {@code DesignerLatencyBenchmark}: each batch is what the debugger's canvas marks do for one batch
 * of a run's events ({@code CanvasMarks}): {@link #BATCH} states start running (a mark, and the edges into them
 * marked taken) and the {@link #BATCH} started by the batch before succeed (one mark for another). The run goes
 * through the states on screen (a diagram of 1,000 states is taller than the window even at the least zoom), in
 * document order; when it has passed them all, all its marks are cleared (untimed) and it starts again. A batch is
 * timed as {@link PanZoomFrames} times a step: from the marks being set until the next frame is laid out and rendered.
 */
public final class RunMarkFrames {

    /** States entered, and states finished, per batch. */
    static final int BATCH = 25;
    private static final String RUNNING = "status-running";
    private static final String SUCCEEDED = "status-succeeded";
    private static final String TAKEN = "taken";

    private final CanvasView canvas;
    private final PanZoomFrames frames;
    private List<PlacedNode> states = List.of();
    private List<RoutedEdge> edges = List.of();

    private RunMarkFrames(CanvasView canvas, PanZoomFrames frames) {
        this.canvas = canvas;
        this.frames = frames;
    }

    /** Times batches on the diagram {@code canvas} shows now, with the frames {@code frames} watches. */
    public static RunMarkFrames on(CanvasView canvas, PanZoomFrames frames) {
        return new RunMarkFrames(canvas, frames);
    }

    /** Fits the diagram to the window and times {@code count} batches after {@code warmup}; call off the FX thread. */
    public PanZoomFrames.Frames measure(int warmup, int count) throws Exception {
        onFx(() -> {
            canvas.fitToWindow();
            Box visible = canvas.viewport().visible(canvas.root().getWidth(), canvas.root().getHeight());
            states = canvas.layout().nodes().stream()
                    .filter(node -> !node.container() && visible.contains(node.box())).toList();
            edges = canvas.layout().edges();
            return null;
        });
        if (states.size() < 2 * BATCH) {
            throw new IllegalStateException("only " + states.size() + " states on screen fitted to the window");
        }
        List<Long> laidOut = new ArrayList<>();
        List<Long> rendered = new ArrayList<>();
        int perRun = (states.size() + BATCH - 1) / BATCH;
        for (int i = 0; i < warmup + count; i++) {
            int step = i % perRun;
            if (i > 0 && step == 0) {
                frames.steps(1, 0, index -> clearRun());
            }
            PanZoomFrames.Frames batch = frames.steps(0, 1, index -> batch(step));
            if (i >= warmup) {
                laidOut.addAll(batch.laidOut());
                rendered.addAll(batch.rendered());
            }
        }
        return new PanZoomFrames.Frames(laidOut, rendered);
    }

    /** Prints p50 and p95 of the batches, laid out and rendered, and their ratio to {@code panAtFit}'s at p50. */
    public static void report(PanZoomFrames.Frames batches, PanZoomFrames.Frames panAtFit) {
        String what = "run marks zoomed out (" + BATCH + " states start, " + BATCH + " succeed), big (1,000)";
        line(what + ": laid out", batches.laidOut());
        line(what + ": rendered", batches.rendered());
        System.out.printf(Locale.ROOT, "ratio run marks batch / pan a step fitted to the window, big (1,000), "
                + "rendered (p50): %.2f%n", (double) percentile(batches.rendered(), 50)
                / percentile(panAtFit.rendered(), 50));
    }

    /** The batch numbered {@code step} in a run: its states start, and those of the batch before succeed. */
    private void batch(int step) {
        if (step > 0) {
            for (PlacedNode node : slice(step - 1)) {
                canvas.setNodeMark(node.id(), RUNNING, false);
                canvas.setNodeMark(node.id(), SUCCEEDED, true);
            }
        }
        for (PlacedNode node : slice(step)) {
            canvas.setNodeMark(node.id(), RUNNING, true);
            for (RoutedEdge edge : edges) {
                if (edge.to().equals(node.id())) {
                    canvas.setEdgeMark(edge.from(), edge.to(), TAKEN, true);
                }
            }
        }
    }

    /** The states the batch numbered {@code step} in a run starts. */
    private List<PlacedNode> slice(int step) {
        return states.subList(step * BATCH, Math.min(states.size(), (step + 1) * BATCH));
    }

    private void clearRun() {
        for (PlacedNode node : states) {
            canvas.setNodeMark(node.id(), RUNNING, false);
            canvas.setNodeMark(node.id(), SUCCEEDED, false);
        }
        for (RoutedEdge edge : edges) {
            canvas.setEdgeMark(edge.from(), edge.to(), TAKEN, false);
        }
    }
}
