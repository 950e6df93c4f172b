package statewise.engine.run.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.history.EventType;

class ResultComparatorTest {

    /** The recorded answer for {@link Histories#pass}("P", {"a": 1}, {"a": 1}), as the corpus writes it. */
    static final String PASS_EXPECTED = """
            {"status": "SUCCEEDED", "output": {"a": 1},
             "events": ["ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"],
             "history": [
              {"executionStartedEventDetails": {"input": {"a": 1}, "inputDetails": {"truncated": false},
                "roleArn": "snf_role_arn"}, "id": 1, "previousEventId": 0, "timestamp": "timestamp",
               "type": "ExecutionStarted"},
              {"id": 2, "previousEventId": 0, "stateEnteredEventDetails": {"input": {"a": 1},
                "inputDetails": {"truncated": false}, "name": "P"}, "timestamp": "timestamp",
               "type": "PassStateEntered"},
              {"id": 3, "previousEventId": 2, "stateExitedEventDetails": {"name": "P", "output": "{\\"a\\":1}",
                "outputDetails": {"truncated": false}}, "timestamp": "timestamp", "type": "PassStateExited"},
              {"executionSucceededEventDetails": {"output": {"a": 1}, "outputDetails": {"truncated": false}},
               "id": 4, "previousEventId": 3, "timestamp": "timestamp", "type": "ExecutionSucceeded"}]}
            """;

    static Comparison compare(String expected, ExecutionResult actual) {
        Expectation expectation = CaseReader.expectation(Histories.json(expected));
        return ResultComparator.compare(expectation, false,
                NormalizerTest.normalize(actual));
    }

    @Test
    void theSameExecutionPassesWhetherPayloadsAreTextOrParsed() {
        Comparison c = compare(PASS_EXPECTED, Histories.pass("P", "{\"a\": 1}", "{\"a\": 1}").succeeded("{\"a\": 1}"));

        assertTrue(c.passed(), c::describe);
    }

    @Test
    void firstDifferingEventIsShownFieldByFieldAndLaterOnesAreNamed() {
        Comparison c = compare(PASS_EXPECTED, Histories.pass("P", "{\"a\": 1}", "{\"a\": 2, \"b\": [true]}")
                .succeeded("{\"a\": 2, \"b\": [true]}"));

        assertEquals("""
                output.a
                    expected: 1
                    actual:   2
                output.b
                    expected: (absent)
                    actual:   [true]
                history #3 PassStateExited "P": 2 fields differ
                  stateExitedEventDetails.output.a
                    expected: 1
                    actual:   2
                  stateExitedEventDetails.output.b
                    expected: (absent)
                    actual:   [true]
                history: 1 later event differs too: #4 ExecutionSucceeded""", c.describe());
        assertEquals("output.a: expected 1, actual 2", c.summary());
    }

    @Test
    void anotherPathShowsTheEventTypesAroundTheFork() {
        ExecutionResult failed = new Histories()
                .event(EventType.EXECUTION_STARTED, 0, "{\"input\": {\"a\": 1}, \"inputDetails\": {\"truncated\": "
                        + "false}, \"roleArn\": \"arn:aws:iam::111111111111:role/fake-sfn-role\"}")
                .event(EventType.PASS_STATE_ENTERED, 0, "{\"name\": \"P\", \"input\": {\"a\": 1}, \"inputDetails\": "
                        + "{\"truncated\": false}}")
                .event(EventType.EXECUTION_FAILED, "{\"error\": \"States.Runtime\", \"cause\": \"boom\"}")
                .failed("States.Runtime", "boom");

        Comparison c = compare(PASS_EXPECTED, failed);

        assertEquals("""
                status
                    expected: SUCCEEDED
                    actual:   FAILED (States.Runtime: boom)
                output
                    expected: {"a":1}
                    actual:   (absent)
                events: first difference at event 3 (4 expected, 3 ours)
                    expected: ExecutionStarted, PassStateEntered, [PassStateExited], ExecutionSucceeded
                    actual:   ExecutionStarted, PassStateEntered, [ExecutionFailed]
                history #3: another event
                    expected: PassStateExited "P"
                    actual:   ExecutionFailed
                history: 1 expected event(s) missing at the end of ours: #4 ExecutionSucceeded""", c.describe());
        assertEquals("status: expected SUCCEEDED, actual FAILED (States.Runtime: boom)", c.summary());
    }

    @Test
    void failedExecutionsCompareErrorAndCauseAbsentMeansAbsent() {
        String expected = "{\"status\": \"FAILED\", \"cause\": \"Condition is false\"}";

        assertTrue(compare(expected, new Histories().failed(null, "Condition is false")).passed());
        Comparison c = compare(expected, new Histories().failed("States.Fail", "Condition is false"));
        assertEquals("error\n    expected: (absent)\n    actual:   \"States.Fail\"", c.describe());
    }

    @Test
    void causesHoldingJsonCompareAsJson() {
        String expected = "{\"status\": \"FAILED\", \"error\": \"E\", \"cause\": {\"errorMessage\": \"m\", \"n\": 1}}";

        assertTrue(compare(expected, new Histories().failed("E", "{\"n\":1,\"errorMessage\":\"m\"}")).passed());
    }

    @Test
    void integersAndFractionsDiffer() {
        Comparison c = compare("{\"status\": \"SUCCEEDED\", \"output\": {\"n\": 1.0}}",
                new Histories().succeeded("{\"n\": 1}"));

        assertEquals("output.n\n    expected: 1.0\n    actual:   1", c.describe());
    }

    @Test
    void placeholdersStandForTheSameTextEverywhere() {
        String expected = "{\"status\": \"SUCCEEDED\", \"output\": {\"arn\": \"arn:<partition>:states:x\", "
                + "\"p\": \"<partition>\"}}";

        assertTrue(compare(expected, new Histories().succeeded("{\"arn\": \"arn:aws:states:x\", \"p\": \"aws\"}"))
                .passed());
        assertFalse(compare(expected, new Histories().succeeded("{\"arn\": \"arn:aws:states:x\", \"p\": \"aws-cn\"}"))
                .passed());
    }

    @Test
    void longStringsAreShownAroundTheirFirstDifference() {
        String text = "x".repeat(200);
        Comparison c = compare("{\"status\": \"SUCCEEDED\", \"output\": \"" + text + "A\"}",
                new Histories().succeeded("\"" + text + "B\""));

        assertEquals(List.of("output: differs from character 201", "    expected: \"…" + "x".repeat(30) + "A\"",
                "    actual:   \"…" + "x".repeat(30) + "B\""), c.lines());
    }

    @Test
    void sortedParallelRunsCompareAsSets() {
        String event = "{\"id\": [0], \"previousEventId\": 0, \"timestamp\": \"timestamp\", \"type\": "
                + "\"PassStateEntered\", \"stateEnteredEventDetails\": {\"name\": \"%s\", \"input\": {}}}";
        String expected = "{\"status\": \"SUCCEEDED\", \"history\": [{\"id\": 1, \"previousEventId\": 0, "
                + "\"timestamp\": \"timestamp\", \"type\": \"ParallelStateStarted\"}, " + event.formatted("B") + ", "
                + event.formatted("A") + "]}";
        ExecutionResult ours = new Histories()
                .event(EventType.PARALLEL_STATE_STARTED, 0, null)
                .event(EventType.PASS_STATE_ENTERED, "{\"name\": \"A\", \"input\": {}}")
                .event(EventType.PASS_STATE_ENTERED, "{\"name\": \"B\", \"input\": {}}")
                .succeeded("{}");
        NormalizedResult actual = new Normalizer(new Normalization(List.of(), true), NormalizerTest.IDENTITY, false)
                .normalize(ours);

        Comparison c = ResultComparator.compare(CaseReader.expectation(Histories.json(expected)), true, actual);

        assertTrue(c.passed(), c::describe);
    }
}
