package statewise.app.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobsTest {

    private final QueuedUiThread ui = new QueuedUiThread();
    private final Jobs jobs = new Jobs(ui);
    private final ExecutorService worker = EngineExecutor.create("jobs-test");

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    @Test
    void aFinishedJobHandsItsResultToTheUiThreadAndLeavesTheList() throws Exception {
        List<String> results = new ArrayList<>();

        Job job = jobs.submit(worker, "Opening big.asl.json", j -> "read", results::add);

        assertEquals(List.of(job), jobs.running());
        ui.runUntil(() -> !results.isEmpty());
        assertEquals(List.of("read"), results);
        assertTrue(jobs.running().isEmpty());
    }

    @Test
    void cancellingInterruptsTheBlockedWorkAndDropsItsResult() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        List<String> results = new ArrayList<>();
        Job job = jobs.submit(worker, "Opening a pipe", j -> {
            started.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            return "late";
        }, results::add);
        assertTrue(started.await(10, TimeUnit.SECONDS));

        job.cancel();

        assertTrue(jobs.running().isEmpty());
        assertTrue(job.cancelled());
        worker.submit(() -> { }).get(10, TimeUnit.SECONDS);
        ui.runPending();
        assertTrue(interrupted.get());
        assertEquals(List.of(), results);
    }

    @Test
    void theCancelTokenEndsAWorkLoopAndTheStopRunsOnce() throws Exception {
        AtomicInteger stops = new AtomicInteger();
        Job job = jobs.start("Laying out 5,000 states", stops::incrementAndGet);

        job.cancel();
        job.cancel();

        assertEquals(1, stops.get());
        assertThrows(CancellationException.class, job::checkCancelled);
        assertFalse(job.finish());
    }

    @Test
    void progressReachesTheUiThreadWithTheLatestValue() throws Exception {
        Job job = jobs.start("Running 10,000 items", () -> { });
        assertEquals(Job.INDETERMINATE, job.progressProperty().get());

        Thread reporter = new Thread(() -> {
            for (int i = 1; i <= 400; i++) {
                job.progress(i, 400);
            }
        });
        reporter.start();
        reporter.join();

        ui.runUntil(() -> job.progressProperty().get() == 1.0);
        assertTrue(job.finish());
        assertTrue(jobs.running().isEmpty());
    }
}
