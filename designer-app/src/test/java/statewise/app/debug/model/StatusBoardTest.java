package statewise.app.debug.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.ExecutionStatus;

class StatusBoardTest {

    private static final String CAUGHT = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:charge",
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Notify"}], "Next": "Done"},
              "Notify": {"Type": "Pass", "Next": "Failed"},
              "Failed": {"Type": "Fail", "Error": "OrderFailed"},
              "Done": {"Type": "Succeed"}}}""";

    private static final String CHARGE_FAILS = """
            {"StateMachines": {"flow": {"TestCases": {"fails": {"Charge": "Boom"}}}},
             "MockedResponses": {"Boom": {"0": {"Throw": {"Error": "PaymentDeclined", "Cause": "no"}}}}}""";

    private static final String MAP = """
            {"StartAt": "Each", "States": {
              "Each": {"Type": "Map", "ItemsPath": "$.items", "ItemProcessor": {"StartAt": "Work",
                "States": {"Work": {"Type": "Pass", "End": true}}}, "End": true}}}""";

    private static final String PARALLEL_FAILS = """
            {"StartAt": "Both", "States": {
              "Both": {"Type": "Parallel", "Branches": [
                {"StartAt": "Slow", "States": {"Slow": {"Type": "Wait", "Seconds": 60, "End": true}}},
                {"StartAt": "Bad", "States": {"Bad": {"Type": "Fail", "Error": "Broken"}}}], "End": true}}}""";

    @Test
    void caughtFailureColoursTheTaskCaughtAndTheFailStateFailed() {
        AslDocument document = Runs.parse(CAUGHT);
        ExecutionResult result = Runs.run(document, "{}", CHARGE_FAILS, "fails");
        StatusBoard board = Runs.board(document, result);
        assertEquals(ExecutionStatus.FAILED, result.status());
        assertEquals(StateStatus.CAUGHT, board.tally("/States/Charge").status());
        assertEquals(StateStatus.SUCCEEDED, board.tally("/States/Notify").status());
        assertEquals(StateStatus.FAILED, board.tally("/States/Failed").status());
        assertEquals(StateStatus.NOT_RUN, board.tally("/States/Done").status());
    }

    @Test
    void transitionsRecordThePathTaken() {
        AslDocument document = Runs.parse(CAUGHT);
        StatusBoard board = Runs.board(document, Runs.run(document, "{}", CHARGE_FAILS, "fails"));
        assertEquals(Set.of(new StatusBoard.Transition("/States/Charge", "/States/Notify"),
                new StatusBoard.Transition("/States/Notify", "/States/Failed")), board.transitions().keySet());
    }

    @Test
    void mapCountsItsIterationsAndTheirStates() {
        AslDocument document = Runs.parse(MAP);
        StatusBoard board = Runs.board(document, Runs.run(document, "{\"items\": [1, 2, 3, 4, 5]}", "", ""));
        StateTally map = board.tally("/States/Each");
        assertEquals(StateStatus.SUCCEEDED, map.status());
        assertEquals(5, map.iterationsStarted());
        assertEquals(5, map.iterationsSucceeded());
        assertEquals(0, map.iterationsRunning());
        StateTally work = board.tally("/States/Each/ItemProcessor/States/Work");
        assertEquals(5, work.entered());
        assertEquals(5, work.succeeded());
    }

    @Test
    void failedBranchCancelsItsSiblingAndFailsTheParallel() {
        AslDocument document = Runs.parse(PARALLEL_FAILS);
        StatusBoard board = Runs.board(document, Runs.run(document, "{}", "", ""));
        assertEquals(StateStatus.FAILED, board.tally("/States/Both/Branches/1/States/Bad").status());
        assertEquals(StateStatus.CANCELLED, board.tally("/States/Both/Branches/0/States/Slow").status());
        assertEquals(StateStatus.FAILED, board.tally("/States/Both").status());
        assertEquals(2, board.tally("/States/Both").iterationsStarted());
    }

    @Test
    void batchesTellListenersOnlyTheStatesThatChanged() {
        AslDocument document = Runs.parse(CAUGHT);
        ExecutionResult result = Runs.run(document, "{}", CHARGE_FAILS, "fails");
        StatusBoard board = new StatusBoard(Runs.pointers(document));
        List<Set<String>> told = new ArrayList<>();
        board.addListener(told::add);
        board.accept(result.history().subList(0, 2));
        board.accept(result.history().subList(2, result.history().size()));
        assertEquals(List.of(Set.of("/States/Charge")), told.subList(0, 1));
        assertTrue(told.get(1).containsAll(Set.of("/States/Charge", "/States/Notify", "/States/Failed")));
        assertEquals(2, told.size());
    }

    @Test
    void feedingEventsOneByOneGivesTheSameTalliesAsOneBatch() {
        AslDocument document = Runs.parse(MAP);
        ExecutionResult result = Runs.run(document, "{\"items\": [1, 2, 3]}", "", "");
        StatusBoard whole = Runs.board(document, result);
        StatusBoard single = new StatusBoard(Runs.pointers(document));
        result.history().forEach(e -> single.accept(List.of(e)));
        assertEquals(whole.tallies(), single.tallies());
        assertEquals(new HashSet<>(whole.tallies().keySet()), Set.of("/States/Each",
                "/States/Each/ItemProcessor/States/Work"));
    }

    @Test
    void mapOfTenThousandItemsRedrawsAFewNodesOncePerBatch() {
        AslDocument document = Runs.parse(MAP);
        StringBuilder items = new StringBuilder("{\"items\": [0");
        for (int i = 1; i < 10_000; i++) {
            items.append(',').append(i);
        }
        ExecutionResult result = Runs.run(document, items.append("]}").toString(), "", "");
        StatusBoard board = new StatusBoard(Runs.pointers(document));
        List<Set<String>> told = new ArrayList<>();
        board.addListener(told::add);
        int batch = 2_000;
        int batches = 0;
        for (int from = 0; from < result.history().size(); from += batch, batches++) {
            board.accept(result.history().subList(from, Math.min(result.history().size(), from + batch)));
        }
        assertTrue(result.history().size() > 40_000, "events: " + result.history().size());
        assertEquals(batches, told.size(), "one redraw per batch");
        assertTrue(told.stream().allMatch(pointers -> pointers.size() <= 2), "nodes per redraw: " + told);
        assertEquals("0 running · 10,000 ok · 0 failed", board.tally("/States/Each").counters());
    }
}
