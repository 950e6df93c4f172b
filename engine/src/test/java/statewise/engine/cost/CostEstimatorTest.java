package statewise.engine.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.parse.AslParser;
import statewise.engine.run.ExecutionRequest;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.Interpreter;
import statewise.engine.run.TaskOutcome;
import statewise.engine.run.TaskResolver;

class CostEstimatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String FLOW = """
            {"StartAt": "Fetch", "States": {
              "Fetch": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Retry": [{"ErrorEquals": ["Flaky"], "IntervalSeconds": 1, "MaxAttempts": 3}], "Next": "Each"},
              "Each": {"Type": "Map", "ItemsPath": "$.items",
                "ItemProcessor": {"StartAt": "Double", "States": {
                  "Double": {"Type": "Pass", "Next": "Wait"},
                  "Wait": {"Type": "Wait", "Seconds": 2, "End": true}}},
                "End": true}}}
            """;

    private static ExecutionResult run(String asl, String input, TaskResolver resolver) throws Exception {
        AslDocument document = AslParser.parse(asl, DocumentFormat.JSON);
        return Interpreter.run(ExecutionRequest.of(document.stateMachine(), JSON.readTree(input))
                .withStartTime(Instant.parse("2030-01-01T00:00:00Z")).withResolver(resolver));
    }

    /** Fails twice with Flaky, then answers the input. */
    private static TaskResolver flakyTwice() {
        return call -> call.attempt() < 2 ? TaskOutcome.failure("Flaky", null) : TaskOutcome.success(call.input());
    }

    @Test
    void everyStateEnteredAndEveryRetryIsATransition() throws Exception {
        ExecutionResult result = run(FLOW, "{\"items\": [1, 2, 3]}", flakyTwice());

        CostEstimate estimate = CostEstimator.estimate(result, FLOW.length(), Rates.US_EAST_1);

        assertEquals(List.of(new StateCost("Fetch", 1, 2, new BigDecimal("0.000075")),
                new StateCost("Each", 1, 0, new BigDecimal("0.000025")),
                new StateCost("Double", 3, 0, new BigDecimal("0.000075")),
                new StateCost("Wait", 3, 0, new BigDecimal("0.000075"))), estimate.states());
        assertEquals(10, estimate.transitions());
        assertEquals(new BigDecimal("0.00025"), estimate.standardCost());
        assertFalse(estimate.childExecutionsExcluded());
    }

    @Test
    void expressBillsDurationInStepsOf100MsAndMemoryInStepsOf64Mb() throws Exception {
        ExecutionResult result = run(FLOW, "{\"items\": [1, 2, 3]}", flakyTwice());
        Rates rates = new Rates(Rates.US_EAST_1.standardPerThousandTransitions(), new BigDecimal("1.00"),
                new BigDecimal("0.06"), 65);

        ExpressCost express = CostEstimator.estimate(result, FLOW.length(), rates).express();

        // Retry back-off 1 s + 2 s, then the iterations' 2 s waits side by side: 5 s on the virtual clock.
        assertEquals(5_000, express.durationMillis());
        assertEquals(5_000, express.billedMillis());
        assertEquals(128, express.billedMemoryMb());
        assertEquals(new BigDecimal("0.625"), express.gbSeconds());
        assertEquals(new BigDecimal("0.000001"), express.requestCost());
        // 0.125 GB × 5 s = 0.625 GB-s = 0.000173611 GB-h at $0.06.
        assertEquals(new BigDecimal("0.0000104167"), express.durationCost());
        assertFalse(express.memoryEstimated());
    }

    @Test
    void theMemoryEstimateFollowsAwsFormulaAndBillsAtLeast64Mb() throws Exception {
        ExecutionResult result = run(FLOW, "{\"items\": [1, 2, 3]}", flakyTwice());

        ExpressCost express = CostEstimator.estimate(result, 1_048_576, Rates.US_EAST_1).express();

        assertTrue(express.memoryEstimated());
        // 50 MB + a 1 MB definition + three one-byte iteration inputs.
        assertEquals(new BigDecimal("51.000"), express.memoryMb());
        assertEquals(64, express.billedMemoryMb());
    }

    @Test
    void aShortRunIsBilledAtLeast100Ms() throws Exception {
        String pass = "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}";

        CostEstimate estimate = CostEstimator.estimate(run(pass, "{}", TaskResolver.ECHO), pass.length(),
                Rates.US_EAST_1);

        assertEquals(1, estimate.transitions());
        assertEquals(0, estimate.express().durationMillis());
        assertEquals(100, estimate.express().billedMillis());
    }

    @Test
    void ratesReadFromJsonKeepTheDefaultsTheyDoNotName() throws Exception {
        Rates.Read read = Rates.read(JSON.readTree("{\"standardPerThousandTransitions\": 0.0375, "
                + "\"expressMemoryMb\": 128}"), Rates.US_EAST_1);

        assertEquals(new Rates(new BigDecimal("0.0375"), new BigDecimal("1.00"), new BigDecimal("0.06"), 128),
                read.rates());
        assertNull(read.problem());
    }

    @Test
    void ratesRefuseUnknownMembersAndNegativePrices() throws Exception {
        assertEquals("'perTransition' is not a rate; use any of standardPerThousandTransitions, "
                + "expressPerMillionRequests, expressPerGbHour, expressMemoryMb",
                Rates.read(JSON.readTree("{\"perTransition\": 1}"), Rates.US_EAST_1).problem());
        assertEquals("'expressPerGbHour' must be a number of at least 0",
                Rates.read(JSON.readTree("{\"expressPerGbHour\": -1}"), Rates.US_EAST_1).problem());
        assertEquals("'expressMemoryMb' must be a whole number of MB, at least 1",
                Rates.read(JSON.readTree("{\"expressMemoryMb\": 1.5}"), Rates.US_EAST_1).problem());
    }
}
