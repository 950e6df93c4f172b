package statewise.app.debug.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;
import statewise.engine.run.ExecutionResult;

/** The timeline's bars, on the virtual clock so that every time is exact. */
class TimelineTest {

    private static final String RETRIED = """
            {"StartAt": "Pause", "States": {
              "Pause": {"Type": "Wait", "Seconds": 5, "Next": "Charge"},
              "Charge": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:charge",
                "Retry": [{"ErrorEquals": ["Busy"], "IntervalSeconds": 2, "BackoffRate": 1}],
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Failed"}], "Next": "Done"},
              "Failed": {"Type": "Fail", "Error": "OrderFailed"},
              "Done": {"Type": "Succeed"}}}""";

    private static final String BUSY_THEN_OK = """
            {"StateMachines": {"flow": {"TestCases": {"retry": {"Charge": "Busy"},
                                                      "fails": {"Charge": "Declined"}}}},
             "MockedResponses": {
               "Busy": {"0": {"Throw": {"Error": "Busy", "Cause": "later"}}, "1": {"Return": {"ok": true}}},
               "Declined": {"0": {"Throw": {"Error": "Declined", "Cause": "no"}}}}}""";

    private static final String MAP = """
            {"StartAt": "Each", "States": {
              "Each": {"Type": "Map", "ItemsPath": "$.items", "ItemProcessor": {"StartAt": "Work",
                "States": {"Work": {"Type": "Pass", "End": true}}}, "End": true}}}""";

    @Test
    void retriedTaskShowsTwoAttemptsWithTheBackoffBetween() {
        AslDocument document = Runs.parse(RETRIED);
        ExecutionResult result = Runs.run(document, "{}", BUSY_THEN_OK, "retry");
        List<TimelineBar> bars = Timeline.of(result.history(), true);
        assertEquals(List.of("Pause", "Charge", "Done"), bars.stream().map(TimelineBar::state).toList());
        TimelineBar pause = bars.get(0);
        assertEquals(List.of(new TimelineBar.Segment(TimelineBar.Kind.WAIT, 0, 5000)), pause.segments());
        TimelineBar charge = bars.get(1);
        assertEquals(5000, charge.start());
        assertEquals(7000, charge.end());
        assertEquals(StateStatus.SUCCEEDED, charge.status());
        assertEquals(2, charge.attempts());
        assertEquals(List.of(TimelineBar.Kind.FAILED_ATTEMPT, TimelineBar.Kind.BACKOFF, TimelineBar.Kind.ATTEMPT),
                charge.segments().stream().map(TimelineBar.Segment::kind).toList());
        TimelineBar.Segment backoff = charge.segments().get(1);
        assertEquals(2000, backoff.end() - backoff.start());
    }

    @Test
    void caughtFailureEndsTheTaskCaughtAndTheFailStateFailed() {
        AslDocument document = Runs.parse(RETRIED);
        ExecutionResult result = Runs.run(document, "{}", BUSY_THEN_OK, "fails");
        List<TimelineBar> bars = Timeline.of(result.history(), true);
        assertEquals(List.of(StateStatus.SUCCEEDED, StateStatus.CAUGHT, StateStatus.FAILED),
                bars.stream().map(TimelineBar::status).toList());
        assertEquals(1, bars.get(1).attempts());
        assertTrue(bars.stream().noneMatch(TimelineBar::open));
    }

    @Test
    void mapIterationsGetABarEachNamedByTheirIteration() {
        AslDocument document = Runs.parse(MAP);
        ExecutionResult result = Runs.run(document, "{\"items\": [1, 2, 3]}", "", "");
        List<TimelineBar> bars = Timeline.of(result.history(), true);
        assertEquals(List.of("Each", "Work (in Each iteration 0)", "Work (in Each iteration 1)",
                "Work (in Each iteration 2)"), bars.stream().map(TimelineBar::label).toList());
        assertEquals(result.history().stream().filter(e -> e.type().awsName().equals("MapStateEntered"))
                .findFirst().orElseThrow().id(), bars.get(0).enteredId());
    }

    @Test
    void unfinishedRunLeavesTheLastVisitOpenAndRunning() {
        AslDocument document = Runs.parse(RETRIED);
        ExecutionResult result = Runs.run(document, "{}", BUSY_THEN_OK, "retry");
        List<TimelineBar> bars = Timeline.of(result.history().subList(0, 5), false);
        TimelineBar last = bars.get(bars.size() - 1);
        assertTrue(last.open());
        assertEquals(StateStatus.RUNNING, last.status());
        assertFalse(bars.get(0).open());
    }

    @Test
    void oneIterationHasItsOwnStatuses() {
        AslDocument document = Runs.parse("""
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items",
                  "ItemProcessor": {"StartAt": "Check", "States": {
                    "Check": {"Type": "Choice", "Choices": [{"Variable": "$", "NumericGreaterThan": 1,
                      "Next": "Big"}], "Default": "Small"},
                    "Big": {"Type": "Pass", "End": true}, "Small": {"Type": "Pass", "End": true}}},
                  "End": true}}}""");
        List<TimelineBar> bars = Timeline.of(Runs.run(document, "{\"items\": [1, 5]}", "", "").history(), true);
        assertEquals(List.of("Each iteration 0", "Each iteration 1"), Timeline.strands(bars));
        assertEquals(Map.of("Check", StateStatus.SUCCEEDED, "Small", StateStatus.SUCCEEDED),
                Timeline.statuses(bars, "Each iteration 0"));
        assertEquals(Map.of("Check", StateStatus.SUCCEEDED, "Big", StateStatus.SUCCEEDED),
                Timeline.statuses(bars, "Each iteration 1"));
    }
}
