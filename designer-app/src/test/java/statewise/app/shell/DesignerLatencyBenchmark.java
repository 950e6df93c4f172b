package statewise.app.shell;

import static statewise.app.fx.BenchFigures.line;
import static statewise.app.fx.BenchFigures.onFx;
import static statewise.app.fx.BenchFigures.percentile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.jspecify.annotations.Nullable;
import statewise.app.canvas.PanZoomFrames;
import statewise.app.canvas.RunMarkFrames;
import statewise.app.prefs.AppDirectories;
import statewise.app.session.Analysis;
import statewise.app.session.ChangeOrigin;
import statewise.app.session.DocumentChange;
import statewise.app.session.DocumentSession;

/**
 * How quickly the designer answers on a large definition ({@code big.asl.json}, 1,000 states), each figure beside
 * a baseline taken in the same run, since the machine is shared and noisy: a keystroke in the editor until the
 * reparsed, validated model is published to every view and the next frame is laid out (baseline: parsing and
 * validating the same text alone), opening the file until the first frame that shows it (baseline: opening a
 * one-state definition), a canvas edit until its text and until everything it leads to is shown
 * ({@link EditFrames}; baseline: parsing and validating alone), and panning and zooming the canvas until the frame
 * is rendered ({@link PanZoomFrames}; baseline: the same steps on the one-state definition). A benchmark, not a
 * test: it asserts nothing about time. Run it with {@code designer-app/bench/designer-latency.sh}.
 */
public final class DesignerLatencyBenchmark implements EditFrames.Timer {

    private final MainWindow window;
    private final DocumentSession session;
    private volatile @Nullable Predicate<DocumentChange> awaited;
    private volatile @Nullable CompletableFuture<long[]> reached;
    /** Completed by the first frame laid out once the canvas shows the session's latest document. */
    private volatile @Nullable CompletableFuture<Long> drawn;
    private long publishedAt;
    /** When the session last started publishing a change: its document property is set before any view hears. */
    private volatile long publishStartedAt;
    /** When the session last heard of typing (it schedules the reparse before it publishes the new text). */
    private volatile long typedAt;
    private final KeystrokeBreakdown breakdown;

    private DesignerLatencyBenchmark(MainWindow window, KeystrokeBreakdown breakdown) {
        this.window = window;
        this.session = window.session();
        this.breakdown = breakdown;
        breakdown.watchFxThread();
        session.documentProperty().addListener((property, old, document) -> {
            publishStartedAt = System.nanoTime();
            if (!document.analysed()) {
                typedAt = publishStartedAt;
            }
        });
        session.addListener(this::changed);
        window.stage().getScene().addPostLayoutPulseListener(this::laidOut);
    }

    /** {@code args[0]}: the folder of benchmark workflows (default {@code ../shared/bench/workflows}). */
    public static void main(String[] args) throws Exception {
        Path workflows = Path.of(args.length > 0 ? args[0] : "../shared/bench/workflows");
        Path big = workflows.resolve("big.asl.json");
        Path trivial = workflows.resolve("trivial.asl.json");
        int warmup = Integer.getInteger("warmup", 60);
        int keystrokes = Integer.getInteger("keystrokes", 200);
        int opens = Integer.getInteger("opens", 12);
        int edits = Integer.getInteger("edits", 20);
        CompletableFuture<Void> toolkit = new CompletableFuture<>();
        Platform.startup(() -> toolkit.complete(null));
        toolkit.get(30, TimeUnit.SECONDS);
        KeystrokeBreakdown breakdown = new KeystrokeBreakdown();
        ScheduledExecutorService engine = breakdown.engine();
        Path config = Files.createTempDirectory("statewise-bench");
        MainWindow window = onFx(() -> MainWindow.open(new Stage(), engine, trivial,
                WindowOptions.ephemeral(new AppDirectories(config), 1280, 800)));
        DesignerLatencyBenchmark bench = onFx(() -> new DesignerLatencyBenchmark(window, breakdown));
        bench.open(trivial);

        System.out.printf(Locale.ROOT, "Opening: %d warm-up and %d measured opens of each file, alternating%n",
                opens / 2, opens);
        List<Long> openBig = new ArrayList<>();
        List<Long> openTrivial = new ArrayList<>();
        List<Long> drawnBig = new ArrayList<>();
        List<Long> drawnTrivial = new ArrayList<>();
        for (int i = 0; i < opens / 2 + opens; i++) {
            long[] bigNanos = bench.open(big);
            long[] trivialNanos = bench.open(trivial);
            if (i >= opens / 2) {
                openBig.add(bigNanos[0]);
                openTrivial.add(trivialNanos[0]);
                drawnBig.add(bigNanos[1]);
                drawnTrivial.add(trivialNanos[1]);
            }
        }
        bench.open(big);
        System.out.printf(Locale.ROOT, "Typing: %d warm-up and %d measured keystrokes in big.asl.json%n", warmup,
                keystrokes);
        Typing typing = bench.type(Files.readString(big), warmup, keystrokes);
        System.out.printf(Locale.ROOT, "Canvas edits: %d warm-up and %d measured appends in big.asl.json%n",
                edits / 4, edits);
        report(typing, new Opening(openBig, openTrivial, drawnBig, drawnTrivial));
        breakdown.report();
        EditFrames editing = onFx(() -> new EditFrames(window, bench));
        EditFrames.report(editing.measure(edits / 4, edits), typing.baseline());
        bench.panZoom(trivial, big, Integer.getInteger("panzoom", 40));
        Platform.exit();
        System.exit(0);
    }

    /**
     * Pans and zooms the canvas, {@code steps} times each kind of step, on {@code trivial} (the baseline), on 500
     * states cut from {@code big}, and on {@code big}, then marks a run on {@code big} fitted to the window
     * ({@link RunMarkFrames}, {@code steps} batches), and prints the frame times.
     */
    private void panZoom(Path trivial, Path big, int steps) throws Exception {
        System.out.printf(Locale.ROOT, "%nPan/zoom: %d warm-up and %d measured steps of each kind on each diagram%n",
                steps / 4, steps);
        PanZoomFrames frames = onFx(() -> PanZoomFrames.watch(window.canvas(), window.stage().getScene()));
        Map<String, Map<PanZoomFrames.Step, PanZoomFrames.Frames>> byDiagram = new LinkedHashMap<>();
        Map<String, Path> diagrams = new LinkedHashMap<>();
        diagrams.put("trivial", trivial);
        diagrams.put("500 states", PanZoomFrames.cutFromBig(big, 500));
        diagrams.put("big (1,000)", big);
        for (Map.Entry<String, Path> diagram : diagrams.entrySet()) {
            open(diagram.getValue());
            byDiagram.put(diagram.getKey(), frames.measure(steps / 4, steps));
        }
        PanZoomFrames.Frames marks = RunMarkFrames.on(window.canvas(), frames).measure(steps / 4, steps);
        System.out.println("figure (milliseconds)                                         p50       p95");
        PanZoomFrames.report(byDiagram);
        RunMarkFrames.report(marks, byDiagram.get("big (1,000)").get(PanZoomFrames.Step.PAN_FIT));
    }

    /** The figures of the typing run, in nanoseconds per keystroke. */
    private record Typing(List<Long> shown, List<Long> published, List<Long> drawn, List<Long> baseline) {
    }

    /** The figures of the opening runs, in nanoseconds per open. */
    private record Opening(List<Long> big, List<Long> trivial, List<Long> drawnBig, List<Long> drawnTrivial) {
    }

    /**
     * Opens {@code file} and returns the time until the first frame laid out with it and until the first frame
     * with its diagram drawn on the canvas.
     */
    private long[] open(Path file) throws Exception {
        String name = file.getFileName().toString();
        long[] times = measure(() -> window.files().open(file),
                change -> change.origin() == ChangeOrigin.LOAD && session.nameProperty().get().equals(name));
        long diagramAt = awaitDrawn();
        return new long[] {times[1] - times[0], diagramAt - times[0]};
    }

    /**
     * Waits until the canvas shows the session's latest document (its layout was asked for when the change was
     * published) and returns when the first frame with it was laid out.
     */
    @Override
    public long awaitDrawn() throws Exception {
        CompletableFuture<Long> diagram = new CompletableFuture<>();
        drawn = diagram;
        Platform.runLater(Platform::requestNextPulse);
        return diagram.get(5, TimeUnit.MINUTES);
    }

    /** Types a character and deletes it again, alternately, each keystroke waiting for its reparse to be drawn. */
    private Typing type(String text, int warmup, int count) throws Exception {
        CodeArea area = window.editor().area();
        int offset = text.indexOf("1,000 states") + "1,000".length();
        List<Long> shown = new ArrayList<>();
        List<Long> published = new ArrayList<>();
        List<Long> drawn = new ArrayList<>();
        List<Long> baseline = new ArrayList<>();
        for (int i = 0; i < warmup + count; i++) {
            boolean insert = i % 2 == 0;
            long[] onScreen = new long[2];
            long[] gcBefore = KeystrokeBreakdown.collections();
            breakdown.typing();
            long[] times = measure(() -> {
                onScreen[0] = System.nanoTime();
                if (insert) {
                    area.insertText(offset, "x");
                } else {
                    area.deleteText(offset, offset + 1);
                }
                Platform.requestNextPulse();
                window.stage().getScene().addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        onScreen[1] = System.nanoTime();
                        window.stage().getScene().removePostLayoutPulseListener(this);
                    }
                });
            }, change -> change.origin() == ChangeOrigin.ANALYSIS);
            String current = session.document().text();
            long start = System.nanoTime();
            Analysis.of("big.asl.json", current);
            long alone = System.nanoTime() - start;
            if (i >= warmup) {
                shown.add(onScreen[1] - onScreen[0]);
                published.add(publishedAt - times[0]);
                drawn.add(times[1] - times[0]);
                baseline.add(alone);
                breakdown.add(times[0], typedAt, DocumentSession.DEFAULT_DEBOUNCE.toNanos(), publishStartedAt,
                        publishedAt, times[1], gcBefore);
            }
            Thread.sleep(20);
        }
        return new Typing(shown, published, drawn, baseline);
    }

    /**
     * Runs {@code action} on the FX thread and waits for the first frame laid out after a change matching
     * {@code until} was published; returns when the action started and when that frame was laid out.
     */
    @Override
    public long[] measure(Runnable action, Predicate<DocumentChange> until) throws Exception {
        CompletableFuture<long[]> done = new CompletableFuture<>();
        long[] started = new long[1];
        Platform.runLater(() -> {
            reached = done;
            awaited = until;
            started[0] = System.nanoTime();
            action.run();
        });
        long end = done.get(60, TimeUnit.SECONDS)[0];
        return new long[] {started[0], end};
    }

    private void changed(DocumentChange change) {
        Predicate<DocumentChange> until = awaited;
        if (until != null && until.test(change)) {
            awaited = null;
            publishedAt = System.nanoTime();
            Platform.requestNextPulse();
        }
    }

    private void laidOut() {
        CompletableFuture<Long> diagram = drawn;
        if (diagram != null && window.canvas().idle()) {
            drawn = null;
            diagram.complete(System.nanoTime());
        }
        CompletableFuture<long[]> done = reached;
        if (done != null && awaited == null) {
            reached = null;
            done.complete(new long[] {System.nanoTime()});
        }
    }

    private static void report(Typing typing, Opening opening) {
        long pause = DocumentSession.DEFAULT_DEBOUNCE.toNanos();
        List<Long> beyondPause = typing.drawn().stream().map(t -> t - pause).toList();
        System.out.println();
        System.out.println("figure (milliseconds)                                         p50       p95");
        line("keystroke -> its text laid out on screen", typing.shown());
        line("keystroke -> model published to every view (incl. 100 ms pause)", typing.published());
        line("keystroke -> frame laid out with the new model (incl. pause)", typing.drawn());
        line("  the same beyond the 100 ms typing pause", beyondPause);
        line("baseline: parse + validate the same text alone", typing.baseline());
        line("open big.asl.json -> first frame showing it", opening.big());
        line("open big.asl.json -> first frame with its diagram drawn", opening.drawnBig());
        line("baseline: open trivial.asl.json -> first frame", opening.trivial());
        line("baseline: open trivial.asl.json -> diagram drawn", opening.drawnTrivial());
        System.out.println();
        System.out.printf(Locale.ROOT, "ratio keystroke beyond the pause / parse + validate alone (p50): %.2f%n",
                (double) percentile(beyondPause, 50) / percentile(typing.baseline(), 50));
        System.out.printf(Locale.ROOT, "ratio open big / open trivial (p50): %.2f%n",
                (double) percentile(opening.big(), 50) / percentile(opening.trivial(), 50));
        System.out.printf(Locale.ROOT, "ratio diagram drawn big / trivial (p50): %.2f%n",
                (double) percentile(opening.drawnBig(), 50) / percentile(opening.drawnTrivial(), 50));
    }
}
