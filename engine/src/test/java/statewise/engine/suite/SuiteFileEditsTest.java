package statewise.engine.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.run.ExecutionStatus;

class SuiteFileEditsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void expectationWrittenIsTheOneTheSuiteReaderReads() throws Exception {
        TestExpectation expected = new TestExpectation(ExecutionStatus.FAILED, JSON.readTree("{\"id\": 1}"), true,
                "Card.Declined", "no funds", List.of("ChargeCard"), List.of("PackItem"));
        JsonNode file = SuiteFileEdits.setInput(SuiteFileEdits.setExpectation(SuiteFileEdits.create(
                "order.mocks.json"), "Declined", expected), "Declined", JSON.readTree("{\"total\": 5}"));

        TestSuite suite = SuiteReader.read(file.toString(), "order.asl.tests.json").suite();

        assertNotNull(suite);
        assertEquals("order.mocks.json", suite.mocks());
        assertEquals(expected, suite.cases().get(0).expectation());
        assertEquals("Declined", suite.cases().get(0).mockTestCase());
        assertEquals("{\"total\":5}", suite.cases().get(0).input().toString());
        assertEquals(expected, SuiteFileEdits.expectation(file, "Declined"));
    }

    @Test
    void newTestStartsFromAnEmptyInputAndExpectsSuccess() {
        JsonNode file = SuiteFileEdits.addTest(SuiteFileEdits.create(null), "Happy");

        assertEquals("{\"Version\":1,\"Tests\":{\"Happy\":{\"Input\":{},\"Expect\":{\"Status\":\"SUCCEEDED\"}}}}",
                file.toString());
        assertEquals(TestExpectation.SUCCEEDS, SuiteFileEdits.expectation(file, "Happy"));
    }

    @Test
    void renameTestKeepsItsPlaceAndFollowsTheMockTestCase() throws Exception {
        JsonNode file = JSON.readTree("""
                {"Version": 1, "Tests": {"A": {}, "B": {}, "Again": {"MockTestCase": "B"}}}""");

        JsonNode renamed = SuiteFileEdits.renameTest(file, "B", "Bee");

        assertEquals(List.of("A", "Bee", "Again"), SuiteFileEdits.tests(renamed));
        assertEquals("Bee", renamed.at("/Tests/Again/MockTestCase").textValue());
        assertEquals(List.of("A", "Again"), SuiteFileEdits.tests(SuiteFileEdits.removeTest(renamed, "Bee")));
    }

    @Test
    void membersOfTheWrongTypeReadAsNotChecked() throws Exception {
        JsonNode file = JSON.readTree("""
                {"Version": 1, "Tests": {"A": {"Expect": {"Status": "MAYBE", "Error": 3, "Visits": ["X", 1]}}}}""");

        TestExpectation read = SuiteFileEdits.expectation(file, "A");

        assertEquals(new TestExpectation(null, null, false, null, null, List.of("X"), List.of()), read);
    }
}
