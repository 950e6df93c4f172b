package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import statewise.app.fx.Job;
import statewise.app.fx.Jobs;
import statewise.app.fx.UiThread;
import statewise.app.session.Analysis;
import statewise.engine.document.AslDocument;
import statewise.layout.DiagramGraphs;
import statewise.layout.LayoutResult;
import statewise.layout.Point;
import statewise.layout.Size;
import statewise.layout.render.Java2dSizer;

class LayoutRunnerTest {

    private static final String FLOW = """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Result": 1, "Next": "B"},
              "B": {"Type": "Succeed"}}}
            """;

    /** The layout thread doubles as the UI thread: results arrive in {@link #results}. */
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final LinkedBlockingQueue<LayoutResult> results = new LinkedBlockingQueue<>();
    private final UiThread ui = new UiThread() {
        @Override
        public void execute(Runnable action) {
            action.run();
        }

        @Override
        public boolean isCurrent() {
            return true;
        }
    };

    private final Jobs jobs = new Jobs(ui);
    private final List<String> notes = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private LayoutRunner runner() {
        return new LayoutRunner(executor, ui, jobs, notes::add);
    }

    /**
     * Keeps the layout thread busy until {@code latch} opens, so requests made meanwhile queue behind it (without it,
     * the first of two requests may be laid out and delivered before the test makes the second).
     */
    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the layout thread has done everything asked of it so far. */
    private void drain() throws Exception {
        executor.submit(() -> { }).get(60, TimeUnit.SECONDS);
    }

    private LayoutResult lay(LayoutRunner runner, String text, @Nullable LayoutResult previous)
            throws InterruptedException {
        AslDocument document = Analysis.of("flow.asl.json", text).document();
        runner.request(document, Map.of(), previous, results::add);
        return results.poll(30, TimeUnit.SECONDS);
    }

    @Test
    void theFirstDiagramIsLaidOutBeforeTheKernelIsWarmedUp() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        ExecutorService recording = new QueueingExecutor(queued);
        LayoutRunner runner = new LayoutRunner(recording, ui, jobs, notes::add);
        assertEquals(List.of(), queued, "nothing queued ahead of the first diagram");

        runner.request(Analysis.of("flow.asl.json", FLOW).document(), Map.of(), null, results::add);
        assertEquals(1, queued.size());
        queued.get(0).run();

        assertEquals(1, results.size(), "the first diagram is delivered");
        assertEquals(2, queued.size(), "the warm-up follows it");
        runner.request(Analysis.of("flow.asl.json", FLOW).document(), Map.of(), null, results::add);
        queued.get(2).run();
        assertEquals(3, queued.size(), "and runs once");
    }

    @Test
    void theKernelWarmsUpOnlyAfterTheFrameThatDrawsTheFirstDiagram() {
        List<Runnable> queued = new ArrayList<>();
        List<Runnable> afterFrame = new ArrayList<>();
        UiThread framed = framedUi(afterFrame);
        LayoutRunner runner = new LayoutRunner(new QueueingExecutor(queued), framed, new Jobs(framed), notes::add);

        runner.request(Analysis.of("flow.asl.json", FLOW).document(), Map.of(), null, results::add);
        queued.get(0).run();
        assertEquals(1, results.size(), "the first diagram is delivered");
        assertEquals(1, queued.size(), "nothing queued before the frame that draws it");

        afterFrame.forEach(Runnable::run);
        assertEquals(2, queued.size(), "the warm-up follows that frame");
    }

    @Test
    void aWindowClosedBeforeTheFrameThatDrawsItsFirstDiagramSkipsTheWarmUp() throws Exception {
        List<Runnable> afterFrame = new CopyOnWriteArrayList<>();
        UiThread framed = framedUi(afterFrame);
        LayoutRunner runner = new LayoutRunner(executor, framed, new Jobs(framed), notes::add);
        runner.request(Analysis.of("flow.asl.json", FLOW).document(), Map.of(), null, results::add);
        results.poll(30, TimeUnit.SECONDS);
        executor.shutdown();
        assertTrue(executor.awaitTermination(30, TimeUnit.SECONDS));

        assertEquals(1, afterFrame.size(), "the warm-up waits for the frame");
        assertDoesNotThrow(() -> afterFrame.get(0).run(), "a closed window's layout thread takes no warm-up");
    }

    /** A UI thread that runs at once what it is handed, and keeps what waits for the next frame in {@code frame}. */
    private static UiThread framedUi(List<Runnable> frame) {
        return new UiThread() {
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
                frame.add(action);
            }
        };
    }

    @Test
    void aLayoutOfferedBeforeTheWindowAnswersAFreshRequestOfItsGraphOnly() throws InterruptedException {
        LayoutRunner runner = runner();
        AslDocument document = Analysis.of("flow.asl.json", FLOW).document();
        LayoutResult premade = new LayoutResult(new Size(1, 1), List.of(), List.of());
        runner.offer(CompletableFuture.completedFuture(
                new PremadeLayout(DiagramGraphs.of(document, Java2dSizer.INSTANCE), premade)));

        assertSame(premade, lay(runner, FLOW, null), "the offered layout, not a second one of the same graph");
        LayoutResult other = lay(runner, FLOW.replace("\"B\"", "\"Done\""), null);
        assertNotSame(premade, other);
        assertEquals(List.of("/States/A", "/States/Done"), other.nodes().stream().map(n -> n.id())
                .filter(id -> id.startsWith("/")).toList(), "another graph is laid out");
    }

    @Test
    void theFirstLayoutWaitsForTheOfferedOneAndLaysOutWhenNoneWasMade() throws InterruptedException {
        LayoutRunner runner = runner();
        CompletableFuture<@Nullable PremadeLayout> failed = new CompletableFuture<>();
        runner.offer(failed);
        AslDocument document = Analysis.of("flow.asl.json", FLOW).document();
        runner.request(document, Map.of(), null, results::add);
        assertTrue(results.isEmpty(), "the layout thread waits for the offered layout");

        failed.complete(null);
        LayoutResult laid = results.poll(30, TimeUnit.SECONDS);
        assertEquals(List.of("/States/A", "/States/B"), laid.nodes().stream().map(n -> n.id())
                .filter(id -> id.startsWith("/")).toList());
    }

    @Test
    void anEditThatChangesNothingDrawnReusesTheLastLayout() throws InterruptedException {
        LayoutRunner runner = runner();
        LayoutResult first = lay(runner, FLOW, null);

        LayoutResult typed = lay(runner, FLOW.replace("\"Result\": 1", "\"Result\": 12345"), first);
        LayoutResult renamed = lay(runner, FLOW.replace("\"B\"", "\"Done\""), typed);

        assertSame(first, typed);
        assertNotSame(typed, renamed);
    }

    @Test
    void undoingAnAppendShowsTheLayoutFromBeforeItAndRedoTheOneAfter() throws InterruptedException {
        LayoutRunner runner = runner();
        String appended = FLOW.replace("\"B\": {\"Type\": \"Succeed\"}",
                "\"B\": {\"Type\": \"Pass\", \"Next\": \"C\"}, \"C\": {\"Type\": \"Succeed\"}");
        LayoutResult before = lay(runner, FLOW, null);
        LayoutResult edited = lay(runner, appended, before);

        LayoutResult undone = lay(runner, FLOW, edited);
        LayoutResult redone = lay(runner, appended, undone);

        assertNotSame(before, edited);
        assertSame(before, undone);
        assertSame(edited, redone);
    }

    @Test
    void aFreshLayoutIsMadeWhenAskedForAfterAKeptOneOrWhenPinsMove() throws InterruptedException {
        LayoutRunner runner = runner();
        LayoutResult first = lay(runner, FLOW, null);
        LayoutResult kept = lay(runner, FLOW.replace("\"B\"", "\"Done\""), first);

        LayoutResult fresh = lay(runner, FLOW.replace("\"B\"", "\"Done\""), null);
        AslDocument document = Analysis.of("flow.asl.json", FLOW).document();
        runner.request(document, Map.of("/States/A", new Point(300, 300)), fresh, results::add);
        LayoutResult pinned = results.poll(30, TimeUnit.SECONDS);

        assertNotSame(kept, fresh);
        assertNotSame(fresh, pinned);
    }

    @Test
    void aFreshLayoutOfTheDiagramJustLaidOutAfreshIsHandedOutAgain() throws InterruptedException {
        LayoutRunner runner = runner();
        LayoutResult tidied = lay(runner, FLOW, null);

        LayoutResult afterDroppingPins = lay(runner, FLOW, null);

        assertSame(tidied, afterDroppingPins);
    }

    @Test
    void aRelayoutTheLastLayoutAnswersStartsNoJob() throws InterruptedException {
        LayoutRunner runner = runner();
        LayoutResult first = lay(runner, FLOW, null);
        List<String> started = new CopyOnWriteArrayList<>();
        jobs.running().addListener((ListChangeListener<Job>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(job -> started.add(job.title()));
            }
        });

        LayoutResult typed = lay(runner, FLOW.replace("\"Result\": 1", "\"Result\": 12345"), first);
        lay(runner, FLOW.replace("\"B\"", "\"Done\""), typed);

        assertEquals(List.of(LayoutRunner.Purpose.RELAYOUT.title()), started);
        assertTrue(jobs.running().isEmpty());
    }

    @Test
    void aCancelledLayoutDeliversNothingTellsTheUserAndLeavesTheRunnerIdle() throws Exception {
        LayoutRunner runner = runner();
        AslDocument big = Analysis.of("big.asl.json",
                Files.readString(Path.of("..", "..", "shared", "bench", "workflows", "big.asl.json"))).document();

        CountDownLatch held = new CountDownLatch(1);
        executor.execute(() -> awaitQuietly(held));
        runner.request(big, Map.of(), null, LayoutRunner.Purpose.TIDY_UP, results::add);
        assertEquals(List.of(LayoutRunner.Purpose.TIDY_UP.title()), jobs.running().stream().map(Job::title).toList());
        jobs.running().get(0).cancel();
        held.countDown();
        drain();

        assertTrue(results.isEmpty());
        assertTrue(jobs.running().isEmpty());
        assertTrue(runner.idle());
        assertEquals(List.of(LayoutRunner.Purpose.TIDY_UP.cancelled()), notes);
    }

    @Test
    void aLayoutOvertakenByANewerRequestEndsItsJobWithoutDelivering() throws Exception {
        LayoutRunner runner = runner();
        AslDocument first = Analysis.of("flow.asl.json", FLOW).document();
        AslDocument second = Analysis.of("flow.asl.json", FLOW.replace("\"B\"", "\"Done\"")).document();

        CountDownLatch held = new CountDownLatch(1);
        executor.execute(() -> awaitQuietly(held));
        runner.request(first, Map.of(), null, results::add);
        runner.request(second, Map.of(), null, results::add);
        held.countDown();
        drain();

        assertEquals(1, results.size());
        assertEquals(List.of("/States/A", "/States/Done"), results.peek().nodes().stream().map(n -> n.id())
                .filter(id -> id.startsWith("/")).toList());
        assertTrue(jobs.running().isEmpty());
        assertTrue(notes.isEmpty());
    }

    /** An executor that only queues its tasks, for the test to run them one by one. */
    private static final class QueueingExecutor extends AbstractExecutorService {

        private final List<Runnable> queued;

        QueueingExecutor(List<Runnable> queued) {
            this.queued = queued;
        }

        @Override
        public void execute(Runnable task) {
            queued.add(task);
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
