package statewise.app.canvas;

import static statewise.app.fx.BenchFigures.line;
import static statewise.app.fx.BenchFigures.onFx;
import static statewise.app.fx.BenchFigures.percentile;

import com.sun.javafx.perf.PerformanceTracker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.jspecify.annotations.Nullable;

/**
 * Frame times of moving the canvas's view in a real window, for {@code DesignerLatencyBenchmark}: each step (a pan
 * or a zoom, what a drag or a wheel notch does) is timed from the change of the view until the first frame after it
 * is laid out and until that frame is rendered, so the figure holds the FX thread's work (views made and dropped,
 * CSS, layout, the scene graph synchronised) and the renderer's (software rendering under Monocle, as on a machine
 * without a GPU). Rendering is seen through JavaFX's scene performance tracker, which is told of every rendered
 * frame. Each step waits for the previous frame to be rendered, so frames never overlap.
 */
public final class PanZoomFrames {

    /** One pan step: what a mouse drag moves between two frames, in screen pixels. */
    static final double PAN_STEP = 60;
    /** Pan steps in one direction before turning back, so a sweep crosses the drawn area's margin. */
    private static final int SWEEP = 20;
    /** The zooms a step across the 40 % threshold moves between: a wheel notch ({@link Viewport#STEP}) apart. */
    private static final double ABOVE_LOW = Detail.LOW_BELOW * Math.sqrt(Viewport.STEP);
    private static final double BELOW_LOW = Detail.LOW_BELOW / Math.sqrt(Viewport.STEP);

    /** The kinds of step measured, each on the diagram shown. */
    public enum Step {
        PAN_FULL("pan a step at 100 %"),
        ZOOM_ACROSS("zoom a step across 40 % (detail changes)"),
        PAN_FIT("pan a step fitted to the window");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The times of one kind of step, in nanoseconds: until the frame after it was laid out, and rendered. */
    public record Frames(List<Long> laidOut, List<Long> rendered) {
    }

    private final CanvasView canvas;
    private volatile @Nullable CompletableFuture<long[]> pending;
    private volatile long laidOutAt;

    private PanZoomFrames(CanvasView canvas) {
        this.canvas = canvas;
    }

    /** Starts watching {@code scene}'s frames; call on the FX thread. */
    public static PanZoomFrames watch(CanvasView canvas, Scene scene) {
        PanZoomFrames frames = new PanZoomFrames(canvas);
        scene.addPostLayoutPulseListener(frames::laidOut);
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(frames::rendered);
        return frames;
    }

    /**
     * Times {@code count} steps of each kind (after {@code warmup} untimed ones) on the diagram shown now; call off
     * the FX thread.
     */
    public Map<Step, Frames> measure(int warmup, int count) throws Exception {
        Map<Step, Frames> result = new EnumMap<>(Step.class);
        onFx(() -> {
            canvas.root().requestFocus();
            canvas.setViewport(new Viewport(1, 24, 24));
            return null;
        });
        result.put(Step.PAN_FULL, steps(warmup, count, this::panStep));
        onFx(() -> {
            canvas.setViewport(new Viewport(ABOVE_LOW, 24, 24));
            return null;
        });
        result.put(Step.ZOOM_ACROSS, steps(warmup, count, i -> {
            double middleX = canvas.root().getWidth() / 2;
            double middleY = canvas.root().getHeight() / 2;
            double target = i % 2 == 0 ? BELOW_LOW : ABOVE_LOW;
            canvas.setViewport(canvas.viewport().zoomAt(target / canvas.viewport().scale(), middleX, middleY));
        }));
        onFx(() -> {
            canvas.fitToWindow();
            return null;
        });
        result.put(Step.PAN_FIT, steps(warmup, count, this::panStep));
        return result;
    }

    /** Pans down the diagram by a step, {@link #SWEEP} steps one way and then as many back. */
    private void panStep(int i) {
        double direction = (i / SWEEP) % 2 == 0 ? -1 : 1;
        canvas.setViewport(canvas.viewport().panBy(0, direction * PAN_STEP));
    }

    /** A step numbered from 0. */
    interface StepAction {
        void run(int index);
    }

    /** Times {@code count} steps of {@code action} after {@code warmup} untimed ones; call off the FX thread. */
    Frames steps(int warmup, int count, StepAction action) throws Exception {
        List<Long> laidOut = new ArrayList<>();
        List<Long> rendered = new ArrayList<>();
        for (int i = 0; i < warmup + count; i++) {
            long[] times = frame(action, i);
            if (i >= warmup) {
                laidOut.add(times[0]);
                rendered.add(times[1]);
            }
            Thread.sleep(10);
        }
        return new Frames(laidOut, rendered);
    }

    /** Runs a step on the FX thread; returns the nanoseconds until its frame was laid out and was rendered. */
    private long[] frame(StepAction action, int index) throws Exception {
        CompletableFuture<long[]> done = new CompletableFuture<>();
        long[] started = new long[1];
        Platform.runLater(() -> {
            laidOutAt = 0;
            pending = done;
            started[0] = System.nanoTime();
            action.run(index);
            Platform.requestNextPulse();
        });
        long[] ends = done.get(60, TimeUnit.SECONDS);
        return new long[] {ends[0] - started[0], ends[1] - started[0]};
    }

    private void laidOut() {
        if (pending != null && laidOutAt == 0) {
            laidOutAt = System.nanoTime();
        }
    }

    /** On the renderer thread, once a frame is on screen: the first after the step's layout completes the step. */
    private void rendered() {
        CompletableFuture<long[]> done = pending;
        long laid = laidOutAt;
        if (done != null && laid != 0) {
            pending = null;
            done.complete(new long[] {laid, System.nanoTime()});
        }
    }

    /**
     * A definition of {@code states} states cut from {@code big.asl.json} (pairs of Pass and Choice, then its
     * Succeed and Fail states), written next to the system's temporary files.
     */
    public static Path cutFromBig(Path big, int states) throws IOException {
        String text = Files.readString(big);
        int pairs = (states - 2) / 2;
        int from = text.indexOf("\"S" + pairs + "\": {");
        int to = text.indexOf("\"Done\": {");
        if (from < 0 || to < from) {
            throw new IOException(big + " is not shaped as pairs of S<n> and C<n> states ending in Done");
        }
        String cut = (text.substring(0, from) + text.substring(to))
                .replace("\"Next\": \"S" + pairs + "\"", "\"Next\": \"Done\"");
        Path file = Files.createTempFile("statewise-" + states + "-", ".asl.json");
        Files.writeString(file, cut);
        file.toFile().deleteOnExit();
        return file;
    }

    /**
     * Prints p50 and p95 of each kind of step on each diagram ({@code byDiagram}: its label, the first being the
     * baseline), laid out and rendered, and the ratios at p50 of each diagram's rendered frames to the baseline's.
     */
    public static void report(Map<String, Map<Step, Frames>> byDiagram) {
        String baseline = byDiagram.keySet().iterator().next();
        for (Step step : Step.values()) {
            for (Map.Entry<String, Map<Step, Frames>> diagram : byDiagram.entrySet()) {
                Frames frames = diagram.getValue().get(step);
                String what = step.label() + ", " + diagram.getKey();
                line(what + ": laid out", frames.laidOut());
                line(what + ": rendered", frames.rendered());
            }
        }
        System.out.println();
        for (Step step : Step.values()) {
            long base = percentile(byDiagram.get(baseline).get(step).rendered(), 50);
            for (Map.Entry<String, Map<Step, Frames>> diagram : byDiagram.entrySet()) {
                if (!diagram.getKey().equals(baseline)) {
                    System.out.printf(Locale.ROOT, "ratio %s, %s / %s, rendered (p50): %.2f%n", step.label(),
                            diagram.getKey(), baseline, (double) percentile(diagram.getValue().get(step).rendered(),
                                    50) / base);
                }
            }
        }
    }
}
