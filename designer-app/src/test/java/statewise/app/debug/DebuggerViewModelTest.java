package statewise.app.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import statewise.app.debug.model.ExecutionRecord;
import statewise.app.debug.model.InputCheck;
import statewise.app.debug.model.StateStatus;
import statewise.app.fx.QueuedUiThread;
import statewise.app.session.Analysis;
import statewise.app.session.DocumentSession;
import statewise.app.session.DocumentSource;
import statewise.app.session.NodePositions;
import statewise.engine.replay.RecordedExecution;
import statewise.engine.run.ExecutionStatus;
import statewise.engine.run.PauseReason;
import statewise.engine.run.history.EventType;

class DebuggerViewModelTest {

    @RegisterExtension
    final DebuggerFixture fixture = new DebuggerFixture();

    private final QueuedUiThread ui = fixture.ui;
    private DebuggerViewModel model;
    private DocumentSession session;

    @BeforeEach
    void open() {
        model = fixture.open("flow.asl.json", DebuggerFixture.CHOICE_FLOW);
        session = fixture.session();
    }

    @Test
    void runShowsEveryEventAndTheStatusOfEachState() throws InterruptedException {
        model.run();
        ExecutionRecord record = model.shownProperty().get();
        ui.runUntil(() -> record.resultProperty().get() != null);
        assertEquals(ExecutionStatus.SUCCEEDED, record.statusProperty().get());
        assertEquals(EventType.EXECUTION_SUCCEEDED, record.rows().get(record.rows().size() - 1).type());
        assertEquals(StateStatus.SUCCEEDED, record.board().tally("/States/Big").status());
        assertEquals(StateStatus.NOT_RUN, record.board().tally("/States/Small").status());
        assertNull(model.liveProperty().get());
    }

    @Test
    void debugPausesAtABreakpointStepsAndContinues() throws InterruptedException {
        model.breakpoints().toggle("/States/Check");
        model.debug();
        ui.runUntil(() -> model.pausedProperty().get() != null);
        assertEquals("Check", model.pausedProperty().get().stateName());
        assertEquals(PauseReason.BREAKPOINT, model.pausedProperty().get().reason());
        assertEquals("/States/Check", session.selectionProperty().get().pointer());
        ExecutionRecord record = model.liveProperty().get();
        assertEquals(StateStatus.SUCCEEDED, record.board().tally("/States/First").status());
        assertEquals(StateStatus.NOT_RUN, record.board().tally("/States/Check").status());
        model.stepState();
        ui.runUntil(() -> model.pausedProperty().get() != null && model.pausedProperty().get().stateName()
                .equals("Big"));
        assertEquals(StateStatus.SUCCEEDED, record.board().tally("/States/Check").status());
        model.resume();
        ui.runUntil(() -> record.resultProperty().get() != null);
        assertEquals(ExecutionStatus.SUCCEEDED, record.statusProperty().get());
    }

    @Test
    void pausedInputCanBeReplacedBeforeTheStateRuns() throws InterruptedException {
        model.breakpoints().toggle("/States/Check");
        model.debug();
        ui.runUntil(() -> model.pausedProperty().get() != null);
        assertTrue(model.replacePausedInput(InputCheck.of("{\"total\": 3}").value()));
        model.resume();
        ExecutionRecord record = model.shownProperty().get();
        ui.runUntil(() -> record.resultProperty().get() != null);
        assertEquals(StateStatus.SUCCEEDED, record.board().tally("/States/Small").status());
        assertEquals(StateStatus.NOT_RUN, record.board().tally("/States/Big").status());
    }

    @Test
    void stopAbortsThePausedExecution() throws InterruptedException {
        model.debug();
        ui.runUntil(() -> model.pausedProperty().get() != null);
        model.stop();
        ExecutionRecord record = model.shownProperty().get();
        ui.runUntil(() -> record.resultProperty().get() != null);
        assertEquals(ExecutionStatus.ABORTED, record.statusProperty().get());
    }

    @Test
    void breakpointsOfAnUntitledWorkflowSurviveItsFirstSave() {
        model.breakpoints().toggle("/States/Check");
        Path file = fixture.folder().resolve("flow.asl.json");
        session.markSaved(DocumentSource.of(file));
        ui.runPending();
        assertTrue(model.breakpoints().has("/States/Check"), model.breakpoints().pointers().toString());
        DebuggerViewModel reopened = fixture.debugger();
        assertTrue(reopened.breakpoints().has("/States/Check"), "remembered for the saved file");
    }

    @Test
    void openingAnotherWorkflowTakesItsOwnBreakpoints() {
        model.breakpoints().toggle("/States/Check");
        Path other = fixture.folder().resolve("other.asl.json");
        session.load(DocumentSource.of(other), Analysis.of("other.asl.json", DebuggerFixture.CHOICE_FLOW),
                NodePositions.none(), true);
        ui.runPending();
        assertTrue(model.breakpoints().pointers().isEmpty(), model.breakpoints().pointers().toString());
    }

    @Test
    void inputThatIsNotJsonIsRefusedWithAMessage() {
        model.options().inputProperty().set("{oops");
        model.run();
        assertTrue(model.executions().isEmpty());
        assertTrue(model.messageProperty().get().startsWith("The input is not JSON"), model.messageProperty().get());
    }

    @Test
    void rerunOfARecordedRunThatFollowsThePathReportsNoDivergence() throws InterruptedException {
        model.run();
        ExecutionRecord local = model.shownProperty().get();
        ui.runUntil(() -> local.resultProperty().get() != null);
        ExecutionRecord recorded = model.showRecorded(new RecordedExecution("recorded.json", local.events()));
        assertEquals(ExecutionRecord.Kind.REPLAY, recorded.kind());
        assertTrue(model.canRerun().get());
        model.rerunShown();
        ExecutionRecord rerun = model.shownProperty().get();
        ui.runUntil(() -> !rerun.noteProperty().get().isEmpty());
        assertEquals("The local run followed the recorded path and ended as it did.", rerun.noteProperty().get());
        assertFalse(model.executions().isEmpty());
        assertNotNull(rerun.resultProperty().get());
    }
}
