package statewise.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import statewise.app.fx.EngineExecutor;
import statewise.app.fx.QueuedUiThread;
import statewise.app.session.Analysis;
import statewise.app.session.DocumentSession;
import statewise.app.session.DocumentSource;
import statewise.app.session.NodePositions;
import statewise.app.session.TextEdit;

/**
 * Autosave copies unsaved work to the recovery folder a moment after each change, and removes the copy once the work
 * is saved: what {@link RecoveryStore#orphans()} offers back after a crash is exactly the work a crash would lose.
 */
class AutosaveTest {

    private static final String FLOW = """
            {"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}
            """;
    private static final String ID = "draft-test-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final ScheduledExecutorService engine = EngineExecutor.create("autosave-test");
    private final QueuedUiThread ui = new QueuedUiThread();
    private final AtomicLong millis = new AtomicLong(1_000);
    private final DocumentSession session = new DocumentSession(engine, ui, Duration.ofMillis(20), millis::get);
    private Path draft;

    @BeforeEach
    void follow() {
        session.load(DocumentSource.unsaved("flow.asl.json"), Analysis.of("flow.asl.json", FLOW), NodePositions.none(),
                true);
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        new Autosave(session, store, engine, ID, Clock.fixed(Instant.parse("2026-01-02T10:15:00Z"), ZoneOffset.UTC),
                Duration.ofMillis(10)).start();
        draft = store.folder().resolve(ID + ".draft.json");
    }

    @AfterEach
    void stop() {
        engine.shutdownNow();
    }

    @Test
    void typedWorkIsWrittenAsADraftAndTheDraftGoesOnceTheWorkIsSaved() throws Exception {
        int at = FLOW.indexOf("\"Succeed\"");
        String typed = FLOW.substring(0, at) + "\"Fail\"" + FLOW.substring(at + "\"Succeed\"".length());
        millis.addAndGet(100);
        session.typed(new TextEdit(at, "\"Succeed\"".length(), "\"Fail\""), typed, this);

        await(() -> Files.exists(draft));
        JsonNode written = JSON.readTree(draft.toFile());
        assertEquals(typed, written.path("text").asText());
        assertEquals("flow.asl.json", written.path("name").asText());
        assertEquals(ProcessHandle.current().pid(), written.path("pid").asLong());

        session.markSaved(DocumentSource.unsaved("flow.asl.json"));

        await(() -> !Files.exists(draft));
    }

    @Test
    void movedNodesAloneAreUnsavedWorkToo() throws Exception {
        session.movePositions(Map.of("/States/A", new NodePositions.Position(40, 60)), "Move state 'A'", this);

        await(() -> Files.exists(draft));
        assertTrue(JSON.readTree(draft.toFile()).path("layout").asText().contains("/States/A"));
    }

    @Test
    void undoingBackToTheSavedTextRemovesTheDraft() throws Exception {
        millis.addAndGet(100);
        session.typed(new TextEdit(0, 0, " "), " " + FLOW, this);
        await(() -> Files.exists(draft));

        session.undo();

        assertFalse(session.dirtyProperty().get());
        await(() -> !Files.exists(draft));
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 20 s");
            }
            Thread.sleep(5);
        }
    }
}
