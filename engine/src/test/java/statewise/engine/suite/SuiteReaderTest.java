package statewise.engine.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.run.ExecutionStatus;

class SuiteReaderTest {

    private static List<String> problems(String text) {
        SuiteReader.Result result = SuiteReader.read(text, "flow.asl.tests.json");
        assertNull(result.suite());
        return result.diagnostics().stream().map(d -> d.span().startLine() + ":" + d.span().startColumn() + " "
                + d.message()).toList();
    }

    @Test
    void aTestWithoutExpectationsExpectsSuccessAndAnswersFromTheMockCaseOfItsName() {
        SuiteReader.Result result = SuiteReader.read("""
                {"Version": 1, "Mocks": "flow.mocks.json", "Tests": {"Happy": {}, "Echo": {"MockTestCase": null}}}
                """, "flow.asl.tests.json");

        TestSuite suite = result.suite();
        assertNotNull(suite, () -> result.diagnostics().toString());
        assertEquals("flow.mocks.json", suite.mocks());
        assertEquals(new SuiteCase("Happy", suite.cases().get(0).input(), "Happy", TestExpectation.SUCCEEDS),
                suite.cases().get(0));
        assertEquals("{}", suite.cases().get(0).input().toString());
        assertNull(suite.cases().get(1).mockTestCase());
    }

    @Test
    void expectationsReadEveryCheck() {
        TestSuite suite = SuiteReader.read("""
                Version: 1
                Tests:
                  Declined:
                    Input: {total: 5}
                    Expect:
                      Status: FAILED
                      Error: Card.Declined
                      Cause: no funds
                      Visits: [Charge]
                      Skips: [Ship]
                  Partial:
                    Expect: {OutputContains: {ok: true}}
                """, "flow.asl.tests.yaml").suite();

        assertNotNull(suite);
        TestExpectation declined = suite.cases().get(0).expectation();
        assertEquals(new TestExpectation(ExecutionStatus.FAILED, null, false, "Card.Declined", "no funds",
                List.of("Charge"), List.of("Ship")), declined);
        TestExpectation partial = suite.cases().get(1).expectation();
        assertEquals("{\"ok\":true}", partial.output().toString());
        assertEquals(true, partial.outputIsSubset());
        assertNull(partial.status());
    }

    @Test
    void eachProblemIsReportedAtItsPosition() {
        assertEquals(List.of(
                "1:1 'Version' must be 1, the version this Statewise reads.",
                "2:3 'Status' must be one of SUCCEEDED, FAILED, TIMED_OUT, ABORTED.",
                "4:3 Use 'Output' (exact) or 'OutputContains' (a subset), not both.",
                "3:3 'Visits' must be an array of state names."), problems("""
                {"Tests": {"T": {"Expect": {
                  "Status": "PASSED",
                  "Visits": "Charge", "Output": 1,
                  "OutputContains": 1}}}}
                """));
    }

    @Test
    void aFileWithoutTestsSaysSo() {
        assertEquals(List.of("1:16 'Tests' must be an object naming at least one test."),
                problems("{\"Version\": 1, \"Tests\": {}}"));
    }

    @Test
    void theSidecarSitsNextToTheDefinition() {
        assertEquals("dir/order.asl.tests.json", TestSuite.sidecarName("dir/order.asl.json"));
        assertEquals("order.asl.tests.json", TestSuite.sidecarName("order.asl.YAML"));
        assertEquals("order.tests.json", TestSuite.sidecarName("order"));
    }
}
