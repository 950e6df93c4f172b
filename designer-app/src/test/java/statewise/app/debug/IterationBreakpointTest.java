package statewise.app.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import statewise.app.debug.model.BreakpointLimit;
import statewise.app.debug.model.ExecutionRecord;
import statewise.app.fx.EngineExecutor;
import statewise.app.fx.QueuedUiThread;
import statewise.app.session.Analysis;
import statewise.app.session.DocumentSession;
import statewise.app.session.DocumentSource;
import statewise.app.session.NodePositions;
import statewise.engine.run.ExecutionStatus;

/** A breakpoint limited to one Map iteration or Parallel branch pauses there only. */
class IterationBreakpointTest {

    private static final String FLOW = """
            {"StartAt": "Each", "States": {
              "Each": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 1, "Next": "Both",
                "ItemProcessor": {"StartAt": "Item", "States": {"Item": {"Type": "Pass", "End": true}}}},
              "Both": {"Type": "Parallel", "End": true, "Branches": [
                {"StartAt": "Left", "States": {"Left": {"Type": "Pass", "Next": "Step"},
                  "Step": {"Type": "Pass", "End": true}}},
                {"StartAt": "Right", "States": {"Right": {"Type": "Pass", "Next": "Last"},
                  "Last": {"Type": "Pass", "End": true}}}]}}}""";

    @TempDir
    Path folder;

    private final QueuedUiThread ui = new QueuedUiThread();
    private final ScheduledExecutorService engine = EngineExecutor.create("test");
    private DebuggerViewModel model;

    @BeforeEach
    void open() {
        DocumentSession session = new DocumentSession(engine, ui);
        session.load(DocumentSource.unsaved("flow.asl.json"), Analysis.of("flow.asl.json", FLOW),
                NodePositions.none(), true);
        model = new DebuggerViewModel(session, ui, Runnable::run, folder.resolve("debugger.json"),
                Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));
        model.options().inputProperty().set("{\"items\": [\"a\", \"b\", \"c\"]}");
        ui.runPending();
    }

    @AfterEach
    void close() {
        engine.shutdownNow();
    }

    @Test
    void breakpointLimitedToTheSecondIterationPausesOnceWithItsItem() throws InterruptedException {
        model.breakpoints().limit("/States/Each/ItemProcessor/States/Item", BreakpointLimit.iteration(1));

        model.debug();
        ui.runUntil(() -> model.pausedProperty().get() != null);

        assertEquals("Item", model.pausedProperty().get().stateName());
        assertEquals(List.of("Each iteration 1"), model.pausedProperty().get().where());
        assertEquals("\"b\"", model.pausedProperty().get().input().toString());
        ExecutionRecord record = model.liveProperty().get();
        model.resume();
        ui.runUntil(() -> record.resultProperty().get() != null);
        assertEquals(ExecutionStatus.SUCCEEDED, record.statusProperty().get());
    }

    @Test
    void breakpointLimitedToTheSecondBranchPausesInThatBranchOnly() throws InterruptedException {
        model.breakpoints().limit("/States/Both/Branches/1/States/Last", BreakpointLimit.branch(1));
        model.breakpoints().limit("/States/Both/Branches/0/States/Step", BreakpointLimit.branch(1));

        model.debug();
        ui.runUntil(() -> model.pausedProperty().get() != null);

        assertEquals("Last", model.pausedProperty().get().stateName());
        ExecutionRecord record = model.liveProperty().get();
        model.resume();
        ui.runUntil(() -> record.resultProperty().get() != null);
        assertEquals(ExecutionStatus.SUCCEEDED, record.statusProperty().get());
    }
}
