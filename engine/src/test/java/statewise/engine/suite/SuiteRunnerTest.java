package statewise.engine.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.document.DocumentFormat;
import statewise.engine.model.StateMachine;
import statewise.engine.parse.AslParser;
import statewise.engine.run.ExecutionRequest;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.ExecutionStatus;
import statewise.engine.run.Interpreter;
import statewise.engine.run.mock.MockConfig;
import statewise.engine.run.mock.MockConfigReader;

class SuiteRunnerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    static String resource(String name) throws IOException {
        try (InputStream in = SuiteRunnerTest.class.getResourceAsStream("/suite/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static StateMachine order() throws IOException {
        return AslParser.parse(resource("order.asl.json"), DocumentFormat.JSON).stateMachine();
    }

    private static MockConfig mocks() throws IOException {
        return MockConfigReader.read(resource("order.mocks.json"), "order.mocks.json").config();
    }

    private static TestSuite suite(String text) {
        return SuiteReader.read(text, "t.json").suite();
    }

    @Test
    void everyCaseRunsWithItsMocksAndTheListenerHearsEachInOrder() throws IOException {
        TestSuite suite = SuiteReader.read(resource("order.asl.tests.json"), "order.asl.tests.json").suite();
        List<String> heard = new ArrayList<>();

        SuiteReport report = SuiteRunner.run(SuiteRunner.request(order(), START), suite, mocks(),
                o -> heard.add(o.testCase().name() + " " + o.passed()));

        assertEquals(List.of("HappyPath true", "BigOrder true", "FlakyCard true", "Declined true", "NoStock true"),
                heard);
        assertEquals(0, report.failed());
    }

    @Test
    void eachMissedExpectationIsOneSentence() throws IOException {
        TestSuite suite = suite("""
                {"Version": 1, "Tests": {"Wrong": {"MockTestCase": "Declined", "Input": {"total": 1, "items": []},
                  "Expect": {"Status": "SUCCEEDED", "Output": {}, "Error": "Card.Declined",
                             "Visits": ["PackItems"], "Skips": ["ChargeCard"]}}}}
                """);

        SuiteReport report = SuiteRunner.run(SuiteRunner.request(order(), START), suite, mocks(), o -> { });

        assertEquals(List.of(
                "expected status SUCCEEDED, was FAILED (Payment.Failed: The card was declined.)",
                "expected an output, but the execution ended FAILED (Payment.Failed: The card was declined.)",
                "expected error Card.Declined, was Payment.Failed",
                "expected to enter state 'PackItems', but it was not entered",
                "expected not to enter state 'ChargeCard', but it was entered"),
                report.outcomes().get(0).failures());
    }

    @Test
    void checkRefusesMissingMockCasesAndUnknownStates() throws IOException {
        TestSuite suite = suite("""
                {"Version": 1, "Tests": {"A": {"MockTestCase": "Nope", "Expect": {"Skips": ["Refund"]}},
                  "B": {"MockTestCase": "HappyPath"}}}
                """);

        assertEquals(List.of("test 'A': no state machine in order.mocks.json has a test case 'Nope' (it has: "
                        + "Order/BigOrder, Order/Declined, Order/FlakyCard, Order/HappyPath, Order/NoStock)",
                "test 'A' names state 'Refund', which the definition does not have"),
                SuiteRunner.check(order(), suite, mocks()));
        assertEquals("test 'B' answers from mock test case 'HappyPath', but there is no mock file (give one with "
                + "\"Mocks\" or --mocks)", SuiteRunner.check(order(), suite, null).get(2));
    }

    @Test
    void coverageCountsStatesAndTellsChoiceRulesApartByTarget() throws Exception {
        String flow = """
                {"StartAt": "Route", "States": {
                  "Route": {"Type": "Choice", "Choices": [
                      {"Variable": "$.n", "NumericEquals": 1, "Next": "One"},
                      {"Variable": "$.n", "NumericEquals": 2, "Next": "Two"},
                      {"Variable": "$.n", "NumericEquals": 3, "Next": "Two"}],
                    "Default": "Other"},
                  "One": {"Type": "Succeed"}, "Two": {"Type": "Succeed"}, "Other": {"Type": "Succeed"}}}
                """;
        StateMachine machine = AslParser.parse(flow, DocumentFormat.JSON).stateMachine();
        List<ExecutionResult> runs = new ArrayList<>();
        for (String input : List.of("{\"n\": 1}", "{\"n\": 3}", "{\"n\": 1}")) {
            runs.add(Interpreter.run(ExecutionRequest.of(machine, JSON.readTree(input)).withStartTime(START)));
        }

        Coverage coverage = Coverage.of(machine, runs);

        assertEquals(ExecutionStatus.SUCCEEDED, runs.get(0).status());
        assertEquals(List.of(new Coverage.StateCoverage("Route", 3), new Coverage.StateCoverage("One", 2),
                new Coverage.StateCoverage("Two", 1), new Coverage.StateCoverage("Other", 0)), coverage.states());
        assertEquals(List.of(new Coverage.RuleCoverage(0, "One", 2, false),
                new Coverage.RuleCoverage(1, "Two", 1, true),
                new Coverage.RuleCoverage(2, "Two", 1, true), new Coverage.RuleCoverage(-1, "Other", 0, false)),
                coverage.choices().get(0).rules());
        assertEquals(3, coverage.choiceWaysTaken());
        assertEquals(List.of("states entered: 3 of 4; never entered: Other", "Choice ways taken: 3 of 4",
                "  Route rule 1 -> One: taken 2x",
                "  Route rule 2 -> Two: taken 1x (shares its target: the history cannot tell which rule matched)",
                "  Route rule 3 -> Two: taken 1x (shares its target: the history cannot tell which rule matched)",
                "  Route Default -> Other: never taken"), coverage.summary());
    }

    @Test
    void coverageCountsTheStatesOfADistributedMapsChildExecutions() throws IOException {
        String flow = """
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items",
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "Big?", "States": {
                      "Big?": {"Type": "Choice", "Choices": [{"Variable": "$", "NumericGreaterThan": 9,
                        "Next": "Big"}], "Default": "Small"},
                      "Big": {"Type": "Pass", "End": true},
                      "Small": {"Type": "Parallel", "End": true, "Branches": [
                        {"StartAt": "Left", "States": {"Left": {"Type": "Pass", "End": true}}},
                        {"StartAt": "Right", "States": {"Right": {"Type": "Pass", "End": true}}}]}}},
                  "End": true}}}
                """;
        StateMachine machine = AslParser.parse(flow, DocumentFormat.JSON).stateMachine();
        TestSuite suite = suite("""
                {"Version": 1, "Tests": {"Three": {"Input": {"items": [1, 20, 3]}, "Expect": {"Status": "SUCCEEDED"}}}}
                """);

        SuiteReport report = SuiteRunner.run(SuiteRunner.request(machine, START), suite, null, o -> { });

        assertEquals(List.of("states entered: 6 of 6", "Choice ways taken: 2 of 2",
                "  Big? rule 1 -> Big: taken 1x", "  Big? Default -> Small: taken 2x"), report.coverage().summary());
    }
}
