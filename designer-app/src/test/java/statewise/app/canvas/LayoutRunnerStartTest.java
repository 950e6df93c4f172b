package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static statewise.app.canvas.LayoutRunnerFixture.FLOW;
import static statewise.app.canvas.LayoutRunnerFixture.document;
import static statewise.app.canvas.LayoutRunnerFixture.framedUi;
import static statewise.app.canvas.LayoutRunnerFixture.stateIds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import statewise.app.fx.Jobs;
import statewise.app.fx.UiThread;
import statewise.engine.document.AslDocument;
import statewise.layout.DiagramGraphs;
import statewise.layout.LayoutResult;
import statewise.layout.Size;
import statewise.layout.render.Java2dSizer;

/**
 * The layout runner at a window's start: the first diagram laid out before the layout kernel is warmed up, the
 * warm-up after the frame that draws it, and the layout made before the window opened answering the first request.
 */
class LayoutRunnerStartTest {

    @RegisterExtension
    final LayoutRunnerFixture rig = new LayoutRunnerFixture();

    @Test
    void theFirstDiagramIsLaidOutBeforeTheKernelIsWarmedUp() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        ExecutorService recording = new QueueingExecutor(queued);
        LayoutRunner runner = new LayoutRunner(recording, rig.ui, rig.jobs, rig.notes::add);
        assertEquals(List.of(), queued, "nothing queued ahead of the first diagram");

        runner.request(document(FLOW), Map.of(), null, rig.results::add);
        assertEquals(1, queued.size());
        queued.get(0).run();

        assertEquals(1, rig.results.size(), "the first diagram is delivered");
        assertEquals(2, queued.size(), "the warm-up follows it");
        runner.request(document(FLOW), Map.of(), null, rig.results::add);
        queued.get(2).run();
        assertEquals(3, queued.size(), "and runs once");
    }

    @Test
    void theKernelWarmsUpOnlyAfterTheFrameThatDrawsTheFirstDiagram() {
        List<Runnable> queued = new ArrayList<>();
        List<Runnable> afterFrame = new ArrayList<>();
        UiThread framed = framedUi(afterFrame);
        LayoutRunner runner = new LayoutRunner(new QueueingExecutor(queued), framed, new Jobs(framed), rig.notes::add);

        runner.request(document(FLOW), Map.of(), null, rig.results::add);
        queued.get(0).run();
        assertEquals(1, rig.results.size(), "the first diagram is delivered");
        assertEquals(1, queued.size(), "nothing queued before the frame that draws it");

        afterFrame.forEach(Runnable::run);
        assertEquals(2, queued.size(), "the warm-up follows that frame");
    }

    @Test
    void aWindowClosedBeforeTheFrameThatDrawsItsFirstDiagramSkipsTheWarmUp() throws Exception {
        List<Runnable> afterFrame = new CopyOnWriteArrayList<>();
        UiThread framed = framedUi(afterFrame);
        LayoutRunner runner = new LayoutRunner(rig.executor, framed, new Jobs(framed), rig.notes::add);
        runner.request(document(FLOW), Map.of(), null, rig.results::add);
        rig.results.poll(30, TimeUnit.SECONDS);
        rig.executor.shutdown();
        assertTrue(rig.executor.awaitTermination(30, TimeUnit.SECONDS));

        assertEquals(1, afterFrame.size(), "the warm-up waits for the frame");
        assertDoesNotThrow(() -> afterFrame.get(0).run(), "a closed window's layout thread takes no warm-up");
    }

    @Test
    void aLayoutOfferedBeforeTheWindowAnswersAFreshRequestOfItsGraphOnly() throws InterruptedException {
        LayoutRunner runner = rig.runner();
        AslDocument document = document(FLOW);
        LayoutResult premade = new LayoutResult(new Size(1, 1), List.of(), List.of());
        runner.offer(CompletableFuture.completedFuture(
                new PremadeLayout(DiagramGraphs.of(document, Java2dSizer.INSTANCE), premade)));

        assertSame(premade, rig.lay(runner, FLOW, null), "the offered layout, not a second one of the same graph");
        LayoutResult other = rig.lay(runner, FLOW.replace("\"B\"", "\"Done\""), null);
        assertNotSame(premade, other);
        assertEquals(List.of("/States/A", "/States/Done"), stateIds(other), "another graph is laid out");
    }

    @Test
    void theFirstLayoutWaitsForTheOfferedOneAndLaysOutWhenNoneWasMade() throws InterruptedException {
        LayoutRunner runner = rig.runner();
        CompletableFuture<@Nullable PremadeLayout> failed = new CompletableFuture<>();
        runner.offer(failed);
        runner.request(document(FLOW), Map.of(), null, rig.results::add);
        assertTrue(rig.results.isEmpty(), "the layout thread waits for the offered layout");

        failed.complete(null);
        LayoutResult laid = rig.results.poll(30, TimeUnit.SECONDS);
        assertEquals(List.of("/States/A", "/States/B"), stateIds(laid));
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
