package statewise.engine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.history.EventType;
import statewise.engine.run.history.HistoryEvent;

/** Which state visit each event of a history belongs to, for a whole history and one event at a time. */
class HistoryScopesTest {

    private static final ExecutionResult RUN = Recordings.run(Recordings.ORDER, Recordings.INPUT,
            Recordings.awsLike());

    @Test
    void acceptAttributesEachEventAsItArrivesAsOfDoesForTheWholeHistory() {
        HistoryScopes whole = HistoryScopes.of(RUN.history());
        HistoryScopes live = new HistoryScopes();
        List<String> seenLive = new ArrayList<>();
        List<String> seenWhole = new ArrayList<>();

        for (HistoryEvent event : RUN.history()) {
            HistoryScopes.Visit visit = live.accept(event);
            seenLive.add(visit == null ? "-" : visit.describe() + " #" + visit.ordinal());
            HistoryScopes.Visit expected = whole.visitOf(event);
            seenWhole.add(expected == null ? "-" : expected.describe() + " #" + expected.ordinal());
        }

        assertEquals(seenWhole, seenLive);
        assertEquals(whole.visits().size(), live.visits().size());
        assertEquals(0, live.unattributed());
    }

    @Test
    void aMapIterationsStateHasTheMapVisitAsParent() {
        HistoryScopes scopes = new HistoryScopes();
        HistoryScopes.Visit map = null;
        List<HistoryScopes.Visit> prices = new ArrayList<>();
        for (HistoryEvent event : RUN.history()) {
            HistoryScopes.Visit visit = scopes.accept(event);
            if (event.type() == EventType.MAP_STATE_ENTERED) {
                map = visit;
            } else if (event.type() == EventType.TASK_STATE_ENTERED && visit != null
                    && visit.state().equals("Price")) {
                prices.add(visit);
            }
        }

        assertEquals(3, prices.size());
        for (int i = 0; i < prices.size(); i++) {
            assertSame(map, prices.get(i).parent());
            assertEquals(i, prices.get(i).mapIndex());
            assertFalse(prices.get(i).branch());
        }
        assertNull(map.parent());
    }

    @Test
    void aParallelBranchsFirstStateIsMarkedAsABranchOfTheParallelVisit() {
        HistoryScopes scopes = HistoryScopes.of(RUN.history());

        HistoryScopes.Visit both = scopes.visits().stream().filter(v -> v.state().equals("Both")).findFirst()
                .orElseThrow();
        List<HistoryScopes.Visit> branches = scopes.visits().stream().filter(HistoryScopes.Visit::branch).toList();

        assertEquals(List.of("Mail", "Log"), branches.stream().map(HistoryScopes.Visit::state).toList());
        assertTrue(branches.stream().allMatch(v -> v.parent() == both));
    }

    @Test
    void visitOfAnEventIdGivesTheVisitOfThatEvent() {
        HistoryScopes scopes = HistoryScopes.of(RUN.history());
        HistoryEvent exited = RUN.history().stream().filter(e -> e.type() == EventType.CHOICE_STATE_EXITED)
                .findFirst().orElseThrow();

        assertEquals("Big?", scopes.visitOf(exited.id()).state());
        assertNull(scopes.visitOf(1));
    }
}
