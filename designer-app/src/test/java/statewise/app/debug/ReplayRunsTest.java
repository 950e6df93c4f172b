package statewise.app.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import statewise.app.debug.model.DefinitionSnapshot;
import statewise.app.debug.model.ExecutionRecord;
import statewise.engine.replay.RecordedExecution;
import statewise.engine.run.AwsBehaviour;
import statewise.engine.run.ExecutionRequest;
import statewise.engine.run.Interpreter;
import statewise.engine.run.history.EventType;
import statewise.engine.run.history.HistoryEvent;

/** Re-running a recorded execution behaves as AWS did on the day it was recorded, as {@code run --replay} does. */
class ReplayRunsTest {

    private static final String DISTRIBUTED_MAP = """
            {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "ItemProcessor": {
              "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
              "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}""";

    private static final Instant AUGUST_2024 = Instant.parse("2024-08-19T08:59:42Z");

    @RegisterExtension
    final DebuggerFixture fixture = new DebuggerFixture();

    @Test
    void rerunOfARecordingFromBeforeNovember2024LinksTheMapExitToMapRunSucceeded() throws InterruptedException {
        DebuggerViewModel model = fixture.open("map.asl.json", DISTRIBUTED_MAP);
        ArrayNode items = JsonNodeFactory.instance.arrayNode().add(1).add(2);
        List<HistoryEvent> recorded = Interpreter.run(ExecutionRequest.of(
                DefinitionSnapshot.of(fixture.session().document()).machine(), items)
                .withStartTime(AUGUST_2024).withBehaviour(AwsBehaviour.asOf(AUGUST_2024))).history();

        model.showRecorded(new RecordedExecution("august.json", recorded));
        model.rerunShown();
        ExecutionRecord rerun = model.shownProperty().get();
        fixture.ui.runUntil(() -> !rerun.noteProperty().get().isEmpty());

        assertEquals("The local run followed the recorded path and ended as it did.", rerun.noteProperty().get());
        assertEquals(previousOfMapExit(recorded), previousOfMapExit(rerun.events()));
        assertEquals(EventType.MAP_RUN_SUCCEEDED, typeOf(rerun.events(), previousOfMapExit(rerun.events())));
    }

    private static long previousOfMapExit(List<HistoryEvent> events) {
        return events.stream().filter(e -> e.type() == EventType.MAP_STATE_EXITED).findFirst().orElseThrow()
                .previousEventId();
    }

    private static EventType typeOf(List<HistoryEvent> events, long id) {
        return events.stream().filter(e -> e.id() == id).findFirst().orElseThrow().type();
    }
}
