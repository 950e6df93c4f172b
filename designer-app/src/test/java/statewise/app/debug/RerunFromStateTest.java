package statewise.app.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import statewise.app.debug.model.ExecutionRecord;
import statewise.app.debug.model.RerunPoint;
import statewise.app.debug.model.StateStatus;
import statewise.app.fx.QueuedUiThread;
import statewise.engine.run.ExecutionStatus;
import statewise.engine.run.history.EventType;
import statewise.engine.run.history.HistoryEvent;

/** Re-running the shown execution from one of its states, with the input that state had (edited or not). */
class RerunFromStateTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    final DebuggerFixture fixture = new DebuggerFixture();

    private final QueuedUiThread ui = fixture.ui;
    private DebuggerViewModel model;

    @BeforeEach
    void open() {
        model = fixture.open("flow.asl.json", DebuggerFixture.CHOICE_FLOW);
    }

    @Test
    void rerunFromAStateStartsThereWithTheEditedInput() throws Exception {
        ExecutionRecord first = finished(run());
        RerunPoint point = model.fromState().pointAt("/States/Check").point();
        assertEquals("{\"total\":1200}", point.input().toString());

        model.fromState().start(new RerunPoint("Check", JSON.readTree("{\"total\": 3}"), Map.of()), false);
        ExecutionRecord rerun = finished(model.shownProperty().get());

        assertNotSame(first, rerun);
        assertEquals(ExecutionRecord.Kind.RERUN, rerun.kind());
        HistoryEvent entered = rerun.events().get(1);
        assertEquals(EventType.CHOICE_STATE_ENTERED, entered.type());
        assertEquals("{\"total\":3}", entered.details().get("input").toString());
        assertEquals(StateStatus.NOT_RUN, rerun.board().tally("/States/First").status());
        assertEquals(StateStatus.SUCCEEDED, rerun.board().tally("/States/Small").status());
    }

    @Test
    void rerunFromAPausedExecutionStopsItFirst() throws Exception {
        finished(run());
        RerunPoint point = model.fromState().pointAt("/States/Check").point();
        model.breakpoints().toggle("/States/Big");
        model.debug();
        ui.runUntil(() -> model.pausedProperty().get() != null);
        ExecutionRecord paused = model.liveProperty().get();

        model.fromState().start(point, false);
        ui.runUntil(() -> model.shownProperty().get() != paused && model.liveProperty().get() == null);

        assertEquals(ExecutionStatus.ABORTED, paused.statusProperty().get());
        ExecutionRecord rerun = model.shownProperty().get();
        ui.runUntil(() -> rerun.resultProperty().get() != null);
        assertEquals(ExecutionStatus.SUCCEEDED, rerun.statusProperty().get());
        assertEquals(EventType.CHOICE_STATE_ENTERED, rerun.events().get(1).type());
    }

    @Test
    void aStateOfNoExecutionCannotBeRerunFrom() {
        RerunPoint.Found found = model.fromState().pointAt("/States/Check");

        assertNull(found.point());
        assertEquals("Run the workflow first: a re-run starts from a state of an execution.", found.problem());
    }

    private ExecutionRecord run() {
        model.run();
        return model.shownProperty().get();
    }

    private ExecutionRecord finished(ExecutionRecord record) throws InterruptedException {
        ui.runUntil(() -> record.resultProperty().get() != null && model.liveProperty().get() == null);
        return record;
    }
}
