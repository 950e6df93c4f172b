package statewise.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import statewise.app.fx.EngineExecutor;
import statewise.app.fx.QueuedUiThread;

class DocumentSessionTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String FLOW = """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Comment": "", "Next": "B"},
              "B": {"Type": "Succeed"}
            }}
            """;
    private static final int IN_COMMENT = FLOW.indexOf("\"Comment\": \"") + "\"Comment\": \"".length();

    private final ScheduledExecutorService engine = EngineExecutor.create("session-test");
    private final QueuedUiThread ui = new QueuedUiThread();
    private final AtomicLong clock = new AtomicLong(1_000);
    private final DocumentSession session = new DocumentSession(engine, ui, Duration.ofMillis(20), clock::get);
    private final List<DocumentChange> changes = new ArrayList<>();

    @BeforeEach
    void openFlow() {
        session.load(DocumentSource.unsaved("flow.asl.json"), Analysis.of("flow.asl.json", FLOW), NodePositions.none(),
                true);
        session.addListener(changes::add);
    }

    @AfterEach
    void stopEngine() {
        engine.shutdownNow();
    }

    @Test
    void loadingResetsTheHistoryAndAffectsEverything() {
        List<DocumentChange> seen = new ArrayList<>();
        session.addListener(seen::add);

        session.load(DocumentSource.unsaved("other.asl.json"), Analysis.of("other.asl.json", FLOW),
                NodePositions.none(), true);

        assertEquals(1, seen.size());
        assertEquals(ChangeOrigin.LOAD, seen.get(0).origin());
        assertTrue(seen.get(0).affectsEverything());
        assertFalse(session.canUndoProperty().get());
        assertEquals("other.asl.json", session.nameProperty().get());
    }

    @Test
    void aWordTypedLetterByLetterIsOneUndoStep() {
        type(IN_COMMENT, "w");
        type(IN_COMMENT + 1, "o");
        type(IN_COMMENT + 2, "w");

        assertEquals("Typing", session.undoLabelProperty().get());
        session.undo();

        assertEquals(FLOW, session.document().text());
        assertFalse(session.canUndoProperty().get());
    }

    @Test
    void typingPublishesOneChangeAndTheReparseAnotherNamingTheChangedState() throws InterruptedException {
        type(IN_COMMENT, "x");
        awaitAnalysis();

        assertEquals(List.of(ChangeOrigin.TYPING, ChangeOrigin.ANALYSIS), origins());
        assertEquals(List.of(new TextEdit(IN_COMMENT, 0, "x")), changes.get(0).edits());
        assertEquals(Set.of("/States/A"), changes.get(1).affected());
        assertFalse(session.document().stale());
    }

    @Test
    void textThatDoesNotParseKeepsTheLastGoodModelMarkedStale() throws InterruptedException {
        SessionDocument before = session.document();
        type(FLOW.indexOf("\"B\": {"), "{");
        awaitAnalysis();

        SessionDocument broken = session.document();
        assertTrue(broken.stale());
        assertTrue(broken.analysis().unreadable());
        assertEquals(before.model(), broken.model());
        assertTrue(broken.diagnostics().stream().anyMatch(d -> d.code().equals("syntax-error")));
        assertEquals(Set.of(), changes.get(1).affected());
    }

    @Test
    void aReparseOfARevisionTheUserMovedPastIsDropped() throws InterruptedException {
        type(IN_COMMENT, "a");
        ui.awaitWork(WAIT);
        clock.addAndGet(5_000);
        type(IN_COMMENT + 1, "b");
        long latest = session.document().revision();

        awaitAnalysis();

        List<DocumentChange> analyses = changes.stream().filter(c -> c.origin() == ChangeOrigin.ANALYSIS).toList();
        assertEquals(1, analyses.size());
        assertEquals(latest, analyses.get(0).current().revision());
        assertTrue(session.document().analysis().document().text().contains("\"Comment\": \"ab\""));
    }

    @Test
    void editingFromAChangeListenerThrows() {
        AtomicBoolean armed = new AtomicBoolean(true);
        session.addListener(change -> {
            if (armed.getAndSet(false)) {
                session.undo();
            }
        });

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> type(IN_COMMENT, "x"));

        assertTrue(refused.getMessage().contains("change listeners must not edit"), refused.getMessage());
        session.undo();
        assertEquals(FLOW, session.document().text());
    }

    @Test
    void aModelEditIsOneStepWithItsLabelAndAffectedPointers() throws InterruptedException {
        TextPatch patch = TextPatch.between(FLOW, FLOW.replace("\"Comment\": \"\"", "\"Comment\": \"first\""),
                "Set comment", Set.of("/States/A"));

        session.apply(patch, this);
        awaitAnalysis();

        assertEquals(List.of(ChangeOrigin.EDIT, ChangeOrigin.ANALYSIS), origins());
        assertEquals(Set.of("/States/A"), changes.get(0).affected());
        assertEquals(patch.edits(), changes.get(0).edits());
        assertEquals("Set comment", session.undoLabelProperty().get());
        assertEquals("first", session.document().modelDocument().stateMachine().states().get("A").comment());
    }

    @Test
    void anEditArrivingAfterTheEngineStoppedChangesTheTextWithoutAReparse() {
        // A rename field that commits as its closing window loses focus edits after the application stopped the
        // engine: the edit still counts, and no reparse is scheduled on the stopped executor.
        engine.shutdownNow();
        String changed = FLOW.replace("\"Comment\": \"\"", "\"Comment\": \"late\"");

        session.apply(TextPatch.between(FLOW, changed, "Set comment", Set.of("/States/A")), this);
        ui.runPending();

        assertEquals(changed, session.document().text());
        assertEquals(List.of(ChangeOrigin.EDIT), origins());
    }

    @Test
    void aPatchWhoseEditsDoNotGiveItsTextIsRefused() {
        TextPatch wrong = new TextPatch("something else", List.of(new TextEdit(0, 1, "[")), "Broken", Set.of());

        assertThrows(IllegalArgumentException.class, () -> session.apply(wrong, this));
        assertEquals(FLOW, session.document().text());
    }

    @Test
    void undoAndRedoBringBackTextAndModelAtOnce() throws InterruptedException {
        String changed = FLOW.replace("\"Type\": \"Succeed\"", "\"Type\": \"Fail\"");
        session.apply(TextPatch.between(FLOW, changed, "Make B fail", Set.of("/States/B")), this);
        awaitAnalysis();
        changes.clear();

        session.undo();

        assertEquals(FLOW, session.document().text());
        assertTrue(session.document().analysed());
        assertEquals(ChangeOrigin.UNDO, changes.get(0).origin());
        assertEquals(Set.of("/States/B"), changes.get(0).affected());
        session.redo();
        assertEquals(changed, session.document().text());
        assertEquals("Fail", session.document().modelDocument().stateMachine().states().get("B").type().aslName());
    }

    @Test
    void theSavedRevisionGivesTheDirtyFlag() {
        type(IN_COMMENT, "x");
        session.markSaved(DocumentSource.unsaved("flow.asl.json"));
        assertFalse(session.dirtyProperty().get());

        type(IN_COMMENT + 1, "y");
        assertTrue(session.dirtyProperty().get());
        session.undo();

        assertFalse(session.dirtyProperty().get());
        assertTrue(session.document().text().contains("\"Comment\": \"x\""));
    }

    @Test
    void movingNodesIsAStepThatLeavesTheTextAlone() {
        NodePositions.Position at = new NodePositions.Position(40, 80);

        session.movePositions(Map.of("/States/A", at), "Move node", this);

        assertEquals(at, session.document().positions().get("/States/A"));
        assertEquals(FLOW, session.document().text());
        assertEquals(Set.of("/States/A"), changes.get(0).affected());
        session.undo();
        assertTrue(session.document().positions().isEmpty());
    }

    @Test
    void aRecoveredDraftIsUnsavedFromTheStart() {
        session.load(DocumentSource.unsaved("draft.asl.json"), Analysis.of("draft.asl.json", FLOW),
                NodePositions.none(), false);

        assertTrue(session.dirtyProperty().get());
        assertFalse(session.canUndoProperty().get());
    }

    @Test
    void selectionCarriesItsSource() {
        session.select("/States/B", this);

        assertEquals(new Selection("/States/B", this), session.selectionProperty().get());
    }

    @Test
    void theTypingPauseStartsBeforeTheViewsHearOfTheKeystroke() {
        AtomicInteger scheduled = new AtomicInteger();
        ScheduledThreadPoolExecutor counting = new ScheduledThreadPoolExecutor(1) {
            @Override
            public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
                scheduled.incrementAndGet();
                return super.schedule(command, delay, unit);
            }
        };
        try {
            DocumentSession typing = new DocumentSession(counting, ui, Duration.ofMillis(20), clock::get);
            typing.load(DocumentSource.unsaved("flow.asl.json"), Analysis.of("flow.asl.json", FLOW),
                    NodePositions.none(), true);
            List<Integer> scheduledWhenPublished = new ArrayList<>();
            typing.addListener(change -> scheduledWhenPublished.add(scheduled.get()));

            typing.typed(new TextEdit(IN_COMMENT, 0, "w"),
                    FLOW.substring(0, IN_COMMENT) + "w" + FLOW.substring(IN_COMMENT), this);

            assertEquals(List.of(1), scheduledWhenPublished);
        } finally {
            counting.shutdownNow();
        }
    }

    private void type(int offset, String typed) {
        String text = session.document().text();
        String next = text.substring(0, offset) + typed + text.substring(offset);
        clock.addAndGet(100);
        session.typed(new TextEdit(offset, 0, typed), next, this);
    }

    private void awaitAnalysis() throws InterruptedException {
        ui.runUntil(() -> session.document().analysed(), WAIT);
    }

    private List<ChangeOrigin> origins() {
        return changes.stream().map(DocumentChange::origin).toList();
    }
}
