package statewise.app.canvas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.jspecify.annotations.Nullable;
import statewise.app.session.Analysis;
import statewise.app.session.NodePositions;
import statewise.app.session.SessionDocument;
import statewise.engine.document.AslDocument;
import statewise.layout.Box;
import statewise.layout.DiagramGraphs;
import statewise.layout.DiagramLayout;
import statewise.layout.LayoutOptions;
import statewise.layout.LayoutResult;
import statewise.layout.render.Java2dSizer;
import statewise.themes.Theme;

/**
 * The canvas's cost at 500 states, as a command (never a timed test): how long the FX thread spends showing a
 * layout from scratch against updating the shown diagram after a one-state edit (views reused, the edit laid out
 * keeping the previous places as the canvas does), against showing it with views for one screenful only and
 * panning (the canvas makes views only in and near the view, see {@link DrawnArea}), and what the
 * off-thread work costs (layout, the edit itself). The machine is shared, so read the ratios measured in the same
 * run, not the absolute times. Zoomed out, it times drawing the diagram fitted to the window as the canvas draws it
 * below 40 % ({@link Detail}, {@link LowDetailLayer}), rendering included; {@code DesignerLatencyBenchmark} times
 * panning and zooming in the real window against a baseline.
 *
 * <p>Run with the test classpath and Monocle: {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless
 * -Dprism.order=sw -cp ... statewise.app.canvas.CanvasBenchmark [states] [file]}.
 */
public final class CanvasBenchmark {

    private static final int WARM_UP = 10;
    private static final int RUNS = 20;
    /** Layouts take longest; fewer runs keep the command short. */
    private static final int LAYOUT_RUNS = 5;
    /** The part of the diagram a 1200 x 800 canvas shows at 100 %. */
    private static final Box SCREEN = new Box(0, 0, 1200, 800);

    private CanvasBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int states = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        String text = args.length > 1 ? Files.readString(Path.of(args[1])) : workflow(states);
        String renamed = text.replace("\"S3\"", "\"S3 renamed\"");
        AslDocument before = Analysis.of("bench.asl.json", text).document();
        AslDocument after = Analysis.of("bench.asl.json", renamed).document();
        LayoutResult first = layout(before);
        LayoutResult second = DiagramLayout.layout(DiagramGraphs.of(after, Java2dSizer.INSTANCE),
                new LayoutOptions(Map.of(), first));
        System.out.printf("workflow: %d states, %d nodes, %d edges%n", before.stateMachine().states().size(),
                first.nodes().size(), first.edges().size());
        report("layout (off the FX thread)", time(() -> layout(after), 2, LAYOUT_RUNS));
        SessionDocument session = SessionDocument.of(1, Analysis.of("bench.asl.json", text), NodePositions.none());
        CanvasViewModel model = new CanvasViewModel(() -> session);
        report("rename edit -> text patch (off the FX thread)", time(() -> model.rename("/States/S3", "S3 renamed")));
        report("move pin -> positions (FX thread)", time(() -> session.positions().with(
                Map.of("/States/S3", new NodePositions.Position(10, 10)))));
        Platform.startup(() -> { });
        double[] full = onFx(() -> time(() -> showFresh(first, null)));
        double[] screenful = onFx(() -> time(() -> showFresh(first, SCREEN)));
        double[] incremental = onFx(() -> timeUpdates(first, second));
        report("show whole diagram, new views (FX thread)", full);
        report("show it at 100 %, views for a screenful only (FX thread)", screenful);
        report("pan past the drawn area, views made and dropped (FX thread)", onFx(() -> timePans(first)));
        report("show after a one-state edit, views reused (FX thread)", incremental);
        report("show the same layout again, nothing to do (FX thread)", onFx(() -> timeUpdates(first, first)));
        System.out.printf("ratio reused/new at the median: %.3f%n", median(incremental) / median(full));
        System.out.printf("ratio screenful/whole at the median: %.3f%n", median(screenful) / median(full));
        zoomedOut(first);
        Platform.exit();
    }

    /**
     * The diagram fitted to a 1200 x 800 window (or at the smallest zoom, when it is too tall to fit), drawn as the
     * canvas draws it there: a fresh frame, and zooming and panning by a step, each including CSS, layout and
     * rendering the window's pixels.
     */
    private static void zoomedOut(LayoutResult layout) throws Exception {
        Viewport fit = Viewport.fit(new Box(0, 0, layout.size().width(), layout.size().height()), SCREEN.width(),
                SCREEN.height(), 24);
        System.out.printf("zoomed out: fit to window at %d %% (%s detail)%n", fit.percent(), Detail.at(fit.scale()));
        report("fit to window, frame (FX thread)", onFx(() -> time(() -> drawFresh(layout, fit))));
        report("zoom/pan a step at fit, frame (FX thread)", onFx(() -> timeMoves(layout, fit)));
    }

    /** A new pane showing {@code layout} in a 1200 x 800 window at {@code view}, rendered once. */
    private static Framed drawFresh(LayoutResult layout, Viewport view) {
        DiagramPane pane = new DiagramPane();
        Pane window = new Pane(pane.node());
        window.getStyleClass().add("diagram-canvas");
        Scene scene = new Scene(window, SCREEN.width(), SCREEN.height());
        scene.getStylesheets().addAll(Theme.LIGHT.stylesheet(), CanvasView.STYLESHEET_URL);
        Framed framed = new Framed(pane, window);
        framed.frame(view, layout);
        return framed;
    }

    /** Zooms in and out by a step and pans by a fifth of the window, in turn, each time rendering a frame. */
    private static double[] timeMoves(LayoutResult layout, Viewport fit) {
        Framed framed = drawFresh(layout, fit);
        double[] times = new double[RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            Viewport next = switch (Math.floorMod(i, 4)) {
                case 0 -> fit.zoomAt(Viewport.STEP, SCREEN.width() / 2, SCREEN.height() / 2);
                case 2 -> fit.panBy(0, -SCREEN.height() / 5);
                default -> fit;
            };
            long start = System.nanoTime();
            framed.frame(next, null);
            if (i >= 0) {
                times[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        return times;
    }

    /** A diagram pane in a window of its own, drawn as the canvas draws it: moved and scaled by a viewport. */
    private record Framed(DiagramPane pane, Pane window) {

        /** Shows the view (and {@code layout}, when not null), then styles, lays out and renders the window. */
        void frame(Viewport view, @Nullable LayoutResult layout) {
            pane.node().getTransforms().setAll(new Translate(view.x(), view.y()),
                    new Scale(view.scale(), view.scale()));
            Box visible = view.visible(SCREEN.width(), SCREEN.height());
            if (layout != null) {
                pane.show(layout, visible, view.scale());
            } else {
                pane.showArea(visible, view.scale());
            }
            window.applyCss();
            window.layout();
            window.snapshot(null, null);
        }
    }

    private static LayoutResult layout(AslDocument document) {
        return DiagramLayout.layout(DiagramGraphs.of(document, Java2dSizer.INSTANCE), LayoutOptions.FRESH);
    }

    /** A new pane showing {@code layout} with views for what is in or near {@code visible} (null: all of it). */
    private static Object showFresh(LayoutResult layout, @Nullable Box visible) {
        DiagramPane pane = new DiagramPane();
        StackPane canvas = new StackPane(new Group(pane.node()));
        canvas.getStyleClass().add("diagram-canvas");
        Scene scene = new Scene(canvas, 1200, 800);
        scene.getStylesheets().addAll(Theme.LIGHT.stylesheet(), CanvasView.STYLESHEET_URL);
        pane.show(layout, visible);
        pane.node().applyCss();
        pane.node().layout();
        return pane;
    }

    /** Alternates between two layouts on one pane, timing each switch (CSS and layout pass included). */
    private static double[] timeUpdates(LayoutResult a, LayoutResult b) {
        DiagramPane pane = (DiagramPane) showFresh(a, null);
        double[] times = new double[RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            long start = System.nanoTime();
            pane.show(i % 2 == 0 ? b : a);
            pane.node().applyCss();
            pane.node().layout();
            if (i >= 0) {
                times[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        return times;
    }

    /** Moves a screenful down the diagram, two screens at a time (past the margin, so views change), timing each. */
    private static double[] timePans(LayoutResult layout) {
        DiagramPane pane = (DiagramPane) showFresh(layout, SCREEN);
        int steps = Math.max(2, (int) (layout.size().height() / (2 * SCREEN.height())));
        double[] times = new double[RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            Box next = SCREEN.translate(0, Math.floorMod(i, steps) * 2 * SCREEN.height());
            long start = System.nanoTime();
            pane.showArea(next);
            pane.node().applyCss();
            pane.node().layout();
            if (i >= 0) {
                times[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        return times;
    }

    private static double[] time(Supplier<?> work) {
        return time(work, WARM_UP, RUNS);
    }

    private static double[] time(Supplier<?> work, int warmUp, int runs) {
        double[] times = new double[runs];
        for (int i = -warmUp; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            if (i >= 0) {
                times[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        return times;
    }

    private static double[] onFx(Supplier<double[]> work) throws Exception {
        CompletableFuture<double[]> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }

    private static void report(String what, double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf("%-55s median %8.2f ms   p95 %8.2f ms%n", what, median(times),
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1]);
    }

    private static double median(double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A chain of Task, Pass and Choice states with catchers to one handler, as real workflows are shaped. */
    static String workflow(int states) {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < states; i++) {
            String next = i + 1 < states ? "\"Next\": \"S" + (i + 1) + "\"" : "\"End\": true";
            if (i % 10 == 5 && i + 1 < states) {
                members.add("\"S" + i + "\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.n\","
                        + " \"NumericLessThan\": " + i + ", \"Next\": \"S" + (i + 1) + "\"}], \"Default\": \"Failed\"}");
            } else if (i % 3 == 0) {
                members.add("\"S" + i + "\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
                        + " \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Failed\"}], " + next + "}");
            } else {
                members.add("\"S" + i + "\": {\"Type\": \"Pass\", " + next + "}");
            }
        }
        members.add("\"Failed\": {\"Type\": \"Fail\", \"Error\": \"Bench.Failed\"}");
        return "{\"StartAt\": \"S0\", \"States\": {\n  " + String.join(",\n  ", members) + "\n}}\n";
    }
}
