package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static statewise.app.canvas.LayoutRunnerFixture.FLOW;
import static statewise.app.canvas.LayoutRunnerFixture.document;
import static statewise.app.canvas.LayoutRunnerFixture.stateIds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import statewise.app.fx.Job;
import statewise.app.session.Analysis;
import statewise.engine.document.AslDocument;
import statewise.layout.LayoutResult;
import statewise.layout.Point;

/**
 * The layout runner once a window shows its diagram: which edits reuse a layout and which lay out afresh, the jobs it
 * starts, and layouts cancelled or overtaken. The start (warm-up, offered layout) is {@link LayoutRunnerStartTest}.
 */
class LayoutRunnerTest {

    @RegisterExtension
    final LayoutRunnerFixture rig = new LayoutRunnerFixture();

    @Test
    void anEditThatChangesNothingDrawnReusesTheLastLayout() throws InterruptedException {
        LayoutRunner runner = rig.runner();
        LayoutResult first = rig.lay(runner, FLOW, null);

        LayoutResult typed = rig.lay(runner, FLOW.replace("\"Result\": 1", "\"Result\": 12345"), first);
        LayoutResult renamed = rig.lay(runner, FLOW.replace("\"B\"", "\"Done\""), typed);

        assertSame(first, typed);
        assertNotSame(typed, renamed);
    }

    @Test
    void undoingAnAppendShowsTheLayoutFromBeforeItAndRedoTheOneAfter() throws InterruptedException {
        LayoutRunner runner = rig.runner();
        String appended = FLOW.replace("\"B\": {\"Type\": \"Succeed\"}",
                "\"B\": {\"Type\": \"Pass\", \"Next\": \"C\"}, \"C\": {\"Type\": \"Succeed\"}");
        LayoutResult before = rig.lay(runner, FLOW, null);
        LayoutResult edited = rig.lay(runner, appended, before);

        LayoutResult undone = rig.lay(runner, FLOW, edited);
        LayoutResult redone = rig.lay(runner, appended, undone);

        assertNotSame(before, edited);
        assertSame(before, undone);
        assertSame(edited, redone);
    }

    @Test
    void aFreshLayoutIsMadeWhenAskedForAfterAKeptOneOrWhenPinsMove() throws InterruptedException {
        LayoutRunner runner = rig.runner();
        LayoutResult first = rig.lay(runner, FLOW, null);
        LayoutResult kept = rig.lay(runner, FLOW.replace("\"B\"", "\"Done\""), first);

        LayoutResult fresh = rig.lay(runner, FLOW.replace("\"B\"", "\"Done\""), null);
        runner.request(document(FLOW), Map.of("/States/A", new Point(300, 300)), fresh, rig.results::add);
        LayoutResult pinned = rig.results.poll(30, TimeUnit.SECONDS);

        assertNotSame(kept, fresh);
        assertNotSame(fresh, pinned);
    }

    @Test
    void aFreshLayoutOfTheDiagramJustLaidOutAfreshIsHandedOutAgain() throws InterruptedException {
        LayoutRunner runner = rig.runner();
        LayoutResult tidied = rig.lay(runner, FLOW, null);

        LayoutResult afterDroppingPins = rig.lay(runner, FLOW, null);

        assertSame(tidied, afterDroppingPins);
    }

    @Test
    void aRelayoutTheLastLayoutAnswersStartsNoJob() throws InterruptedException {
        LayoutRunner runner = rig.runner();
        LayoutResult first = rig.lay(runner, FLOW, null);
        List<String> started = new CopyOnWriteArrayList<>();
        rig.jobs.running().addListener((ListChangeListener<Job>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(job -> started.add(job.title()));
            }
        });

        LayoutResult typed = rig.lay(runner, FLOW.replace("\"Result\": 1", "\"Result\": 12345"), first);
        rig.lay(runner, FLOW.replace("\"B\"", "\"Done\""), typed);

        assertEquals(List.of(LayoutRunner.Purpose.RELAYOUT.title()), started);
        assertTrue(rig.jobs.running().isEmpty());
    }

    @Test
    void aCancelledLayoutDeliversNothingTellsTheUserAndLeavesTheRunnerIdle() throws Exception {
        LayoutRunner runner = rig.runner();
        AslDocument big = Analysis.of("big.asl.json",
                Files.readString(Path.of("..", "..", "shared", "bench", "workflows", "big.asl.json"))).document();

        CountDownLatch held = new CountDownLatch(1);
        rig.holdUntil(held);
        runner.request(big, Map.of(), null, LayoutRunner.Purpose.TIDY_UP, rig.results::add);
        assertEquals(List.of(LayoutRunner.Purpose.TIDY_UP.title()),
                rig.jobs.running().stream().map(Job::title).toList());
        rig.jobs.running().get(0).cancel();
        held.countDown();
        rig.drain();

        assertTrue(rig.results.isEmpty());
        assertTrue(rig.jobs.running().isEmpty());
        assertTrue(runner.idle());
        assertEquals(List.of(LayoutRunner.Purpose.TIDY_UP.cancelled()), rig.notes);
    }

    @Test
    void aLayoutOvertakenByANewerRequestEndsItsJobWithoutDelivering() throws Exception {
        LayoutRunner runner = rig.runner();
        AslDocument first = document(FLOW);
        AslDocument second = document(FLOW.replace("\"B\"", "\"Done\""));

        CountDownLatch held = new CountDownLatch(1);
        rig.holdUntil(held);
        runner.request(first, Map.of(), null, rig.results::add);
        runner.request(second, Map.of(), null, rig.results::add);
        held.countDown();
        rig.drain();

        assertEquals(1, rig.results.size());
        assertEquals(List.of("/States/A", "/States/Done"), stateIds(rig.results.peek()));
        assertTrue(rig.jobs.running().isEmpty());
        assertTrue(rig.notes.isEmpty());
    }
}
