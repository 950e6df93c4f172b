package statewise.app.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import statewise.app.debug.model.DefinitionSnapshot;
import statewise.app.debug.model.ExecutionRecord;
import statewise.app.fx.EngineExecutor;
import statewise.app.fx.QueuedUiThread;
import statewise.app.session.Analysis;
import statewise.app.session.DocumentSession;
import statewise.app.session.DocumentSource;
import statewise.app.session.NodePositions;
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

    @TempDir
    Path folder;

    private final QueuedUiThread ui = new QueuedUiThread();
    private final ScheduledExecutorService engine = EngineExecutor.create("test");

    @AfterEach
    void close() {
        engine.shutdownNow();
    }

    @Test
    void rerunOfARecordingFromBeforeNovember2024LinksTheMapExitToMapRunSucceeded() throws InterruptedException {
        DocumentSession session = new DocumentSession(engine, ui);
        session.load(DocumentSource.unsaved("map.asl.json"), Analysis.of("map.asl.json", DISTRIBUTED_MAP),
                NodePositions.none(), true);
        DebuggerViewModel model = new DebuggerViewModel(session, ui, Runnable::run, folder.resolve("debugger.json"),
                Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));
        ui.runPending();
        ArrayNode items = JsonNodeFactory.instance.arrayNode().add(1).add(2);
        List<HistoryEvent> recorded = Interpreter.run(ExecutionRequest.of(
                DefinitionSnapshot.of(session.document()).machine(), items)
                .withStartTime(AUGUST_2024).withBehaviour(AwsBehaviour.asOf(AUGUST_2024))).history();

        model.showRecorded(new RecordedExecution("august.json", recorded));
        model.rerunShown();
        ExecutionRecord rerun = model.shownProperty().get();
        ui.runUntil(() -> !rerun.noteProperty().get().isEmpty());

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
