package statewise.engine.run.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.run.ClockMode;
import statewise.engine.run.ExecutionRequest;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.Limits;
import statewise.engine.run.history.EventType;

class ConformanceRunnerTest {

    /** What AWS answered for {@link CaseReaderTest#CHOICE_CASE}, with our timestamps and AWS's role. */
    static ExecutionResult choiceCaseAnswer() {
        return new Histories()
                .event(EventType.EXECUTION_STARTED, 0, "{\"input\": {\"condition\": false}, \"inputDetails\": "
                        + "{\"truncated\": false}, \"roleArn\": \"arn:aws:iam::111111111111:role/fake-sfn-role\"}")
                .event(EventType.CHOICE_STATE_ENTERED, 0, "{\"name\": \"ChoiceState\", \"input\": {\"condition\": "
                        + "false}, \"inputDetails\": {\"truncated\": false}}")
                .event(EventType.CHOICE_STATE_EXITED, "{\"name\": \"ChoiceState\", \"output\": {\"condition\": false},"
                        + " \"outputDetails\": {\"truncated\": false}, \"assignedVariables\": {\"Assignment\": "
                        + "\"Default Assignment\"}, \"assignedVariablesDetails\": {\"truncated\": false}}")
                .event(EventType.FAIL_STATE_ENTERED, "{\"name\": \"DefaultState\", \"input\": {\"condition\": false}, "
                        + "\"inputDetails\": {\"truncated\": false}}")
                .event(EventType.EXECUTION_FAILED, "{\"cause\": \"Condition is false\"}")
                .failed(null, "Condition is false");
    }

    static ConformanceCase choiceCase() throws IOException {
        return ConformanceCase.read(CaseReaderTest.caseFile("service-free", CaseReaderTest.CHOICE_CASE));
    }

    @Test
    void runsTheCaseUnderItsIdentityOnAVirtualClockFromTheRecordingDate() throws IOException {
        List<ExecutionRequest> requests = new ArrayList<>();
        CaseResult result = new ConformanceRunner(request -> {
            requests.add(request);
            return choiceCaseAnswer();
        }).run(choiceCase());

        assertTrue(result.passed(), () -> String.join("\n", result.report()));
        ExecutionRequest request = requests.get(0);
        assertEquals("exec-exec0001", request.identity().executionName());
        assertEquals(ClockMode.VIRTUAL, request.clock());
        assertEquals(Instant.parse("2024-12-27T16:02:37Z"), request.startTime());
        assertEquals(Limits.AWS, request.limits());
        assertEquals("{\"condition\":false}", request.input().toString());
    }

    @Test
    void aDifferentAnswerFailsWithItsDifferences() throws IOException {
        CaseResult result = new ConformanceRunner(request -> Histories.pass("ChoiceState", "{}", "{}")
                .succeeded("{}")).run(choiceCase());

        assertEquals(CaseResult.Outcome.FAILED, result.outcome());
        assertEquals("FAIL " + CaseReaderTest.CHOICE_CASE + " (service-free/assign, execution)",
                result.report().get(0));
        assertEquals("  status", result.report().get(1));
    }

    @Test
    void anInterpreterExceptionIsAnErrorNamingWhereItWasThrown() throws IOException {
        CaseResult result = new ConformanceRunner(request -> {
            throw new IllegalStateException("bug");
        }).run(choiceCase());

        assertEquals(CaseResult.Outcome.ERROR, result.outcome());
        assertTrue(result.message().startsWith("the interpreter threw java.lang.IllegalStateException: bug at "
                + "statewise.engine.run.conformance.ConformanceRunnerTest"), result.message());
        assertTrue(result.failed());
    }

    @Test
    void onlyExecutionKindsThatEndedRun() throws IOException {
        ConformanceCase c = choiceCase();
        ConformanceCase validation = new ConformanceCase(c.id(), "definition_validation", c.category(), c.folder(),
                c.definition(), c.input(), c.identity(), c.type(), c.expected(), c.normalization(), null, null,
                List.of(), c.startTime(), c.file());
        Expectation running = new Expectation("RUNNING", null, null, null, null, null);
        ConformanceCase stillRunning = new ConformanceCase(c.id(), "execution", c.category(), c.folder(),
                c.definition(), c.input(), c.identity(), c.type(), running, c.normalization(), null, null, List.of(),
                c.startTime(), c.file());

        assertNull(ConformanceRunner.skipReason(c));
        assertEquals("kind definition_validation is not run yet", ConformanceRunner.skipReason(validation));
        assertEquals("recorded before the execution ended", ConformanceRunner.skipReason(stillRunning));
    }

    @Test
    void theReportCountsPerGroupAndKindAndSumsUp() throws IOException {
        ConformanceCase c = choiceCase();
        ConformanceReport report = new ConformanceRunner(request -> choiceCaseAnswer()).runAll(List.of(c, c),
                result -> { });
        ConformanceReport mixed = new ConformanceReport(List.of(report.results().get(0),
                CaseResult.error(c, "x"), CaseResult.skipped(c, "y")));

        assertEquals("2 passed, 0 failed", report.summary());
        assertEquals("1 passed, 1 failed", mixed.summary());
        assertEquals(new ConformanceReport.Counts(1, 1, 1), mixed.byGroup().get("service-free/assign"));
        assertEquals(List.of("service-free/assign      1 passed      1 failed      1 skipped",
                "kind execution           1 passed      1 failed      1 skipped"), mixed.table());
    }
}
