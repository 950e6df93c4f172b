package statewise.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import statewise.app.fx.EngineExecutor;
import statewise.app.fx.QueuedUiThread;

/** Canvas edits that carry node positions with them, and Tidy up, are single undo steps like any other edit. */
class SessionPositionsTest {

    private static final String FLOW = """
            {"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}
            """;
    private static final NodePositions.Position AT = new NodePositions.Position(40, 80);

    private final ScheduledExecutorService engine = EngineExecutor.create("positions-test");
    private final DocumentSession session = new DocumentSession(engine, new QueuedUiThread(), Duration.ofMillis(20),
            System::currentTimeMillis);

    @BeforeEach
    void openFlow() {
        session.load(DocumentSource.unsaved("flow.asl.json"), Analysis.of("flow.asl.json", FLOW), NodePositions.none(),
                true);
    }

    @AfterEach
    void stopEngine() {
        engine.shutdownNow();
    }

    @Test
    void anEditWithPositionsChangesTextAndPinsInOneStep() {
        String renamed = FLOW.replace("\"A\"", "\"B\"");
        NodePositions pinned = new NodePositions(Map.of("/States/B", AT));

        session.apply(TextPatch.between(FLOW, renamed, "Rename state 'A' to 'B'", Set.of("/States/A")), pinned, null);

        assertEquals(renamed, session.document().text());
        assertEquals(AT, session.document().positions().get("/States/B"));
        session.undo();
        assertEquals(FLOW, session.document().text());
        assertTrue(session.document().positions().isEmpty());
        session.redo();
        assertEquals(renamed, session.document().text());
        assertEquals(pinned, session.document().positions());
    }

    @Test
    void replacingPositionsDropsEveryPinAsOneStep() {
        session.movePositions(Map.of("/States/A", AT), "Move state 'A'", null);

        session.replacePositions(NodePositions.none(), "Tidy up layout", null);

        assertTrue(session.document().positions().isEmpty());
        assertEquals("Tidy up layout", session.undoLabelProperty().get());
        assertEquals(FLOW, session.document().text());
        session.undo();
        assertEquals(AT, session.document().positions().get("/States/A"));
    }

    @Test
    void replacingPositionsWithTheSameOnesIsNoStep() {
        session.replacePositions(NodePositions.none(), "Tidy up layout", null);

        assertEquals("", session.undoLabelProperty().get());
    }
}
