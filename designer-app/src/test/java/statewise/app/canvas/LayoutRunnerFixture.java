package statewise.app.canvas;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import statewise.app.fx.Jobs;
import statewise.app.fx.UiThread;
import statewise.app.session.Analysis;
import statewise.engine.document.AslDocument;
import statewise.layout.LayoutResult;

/**
 * What the {@link LayoutRunner} tests share: a JUnit 5 extension the test registers as a field with
 * {@code @RegisterExtension}, holding a layout thread of its own (stopped after each test), a UI thread that runs at
 * once what it is handed (so the layout thread doubles as the UI thread), the jobs and status notes the runner
 * reports to, and the queue its results arrive in.
 */
final class LayoutRunnerFixture implements AfterEachCallback {

    /** A small flow of two states, laid out in a few milliseconds. */
    static final String FLOW = """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Result": 1, "Next": "B"},
              "B": {"Type": "Succeed"}}}
            """;

    final ExecutorService executor = Executors.newSingleThreadExecutor();
    final LinkedBlockingQueue<LayoutResult> results = new LinkedBlockingQueue<>();
    final UiThread ui = new ImmediateUi(null);
    final Jobs jobs = new Jobs(ui);
    final List<String> notes = new CopyOnWriteArrayList<>();

    @Override
    public void afterEach(ExtensionContext context) {
        executor.shutdownNow();
    }

    /** A runner on this fixture's layout thread, UI thread, jobs and notes. */
    LayoutRunner runner() {
        return new LayoutRunner(executor, ui, jobs, notes::add);
    }

    /** A UI thread that runs at once what it is handed, and keeps what waits for the next frame in {@code frame}. */
    static UiThread framedUi(List<Runnable> frame) {
        return new ImmediateUi(frame);
    }

    /** The analysed document of {@code text}, as the window's session hands it to the runner. */
    static AslDocument document(String text) {
        return Analysis.of("flow.asl.json", text).document();
    }

    /** Asks {@code runner} to lay out {@code text} without pins and waits for the result it delivers. */
    LayoutResult lay(LayoutRunner runner, String text, @Nullable LayoutResult previous) throws InterruptedException {
        runner.request(document(text), Map.of(), previous, results::add);
        return results.poll(30, TimeUnit.SECONDS);
    }

    /**
     * Keeps the layout thread busy until {@code latch} opens, so requests made meanwhile queue behind it (without it,
     * the first of two requests may be laid out and delivered before the test makes the second).
     */
    void holdUntil(CountDownLatch latch) {
        executor.execute(() -> {
            try {
                latch.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Waits until the layout thread has done everything asked of it so far. */
    void drain() throws Exception {
        executor.submit(() -> { }).get(60, TimeUnit.SECONDS);
    }

    /** The ids of the nodes {@code layout} places for the definition (JSON pointers), not the start and end marks. */
    static List<String> stateIds(LayoutResult layout) {
        return layout.nodes().stream().map(n -> n.id()).filter(id -> id.startsWith("/")).toList();
    }

    /**
     * A UI thread that runs at once what it is handed: what waits for the next frame too, unless {@code frame} keeps
     * it for the test to run.
     */
    private record ImmediateUi(@Nullable List<Runnable> frame) implements UiThread {

        @Override
        public void execute(Runnable action) {
            action.run();
        }

        @Override
        public boolean isCurrent() {
            return true;
        }

        @Override
        public void afterNextFrame(Runnable action) {
            if (frame == null) {
                execute(action);
            } else {
                frame.add(action);
            }
        }
    }
}
