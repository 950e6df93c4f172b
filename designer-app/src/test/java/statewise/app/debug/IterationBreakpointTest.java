package statewise.app.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import statewise.app.debug.model.BreakpointLimit;
import statewise.app.debug.model.ExecutionRecord;
import statewise.app.debug.model.StateBreakpoint;
import statewise.app.fx.QueuedUiThread;
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

    @RegisterExtension
    final DebuggerFixture fixture = new DebuggerFixture();

    private final QueuedUiThread ui = fixture.ui;
    private DebuggerViewModel model;

    @BeforeEach
    void open() {
        model = fixture.open("flow.asl.json", FLOW);
        model.options().inputProperty().set("{\"items\": [\"a\", \"b\", \"c\"]}");
        ui.runPending();
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

    @Test
    void aLimitedBreakpointIsRememberedWithItsLimitForTheNextSession() {
        String item = "/States/Each/ItemProcessor/States/Item";
        model.breakpoints().limit(item, BreakpointLimit.iteration(2));
        model.breakpoints().toggle("/States/Both");

        DebuggerViewModel next = fixture.debugger();

        assertEquals(List.of(new StateBreakpoint(item, BreakpointLimit.iteration(2)),
                StateBreakpoint.at("/States/Both")), next.breakpoints().all());
    }
}
