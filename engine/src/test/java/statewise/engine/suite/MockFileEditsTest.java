package statewise.engine.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import statewise.engine.model.StateMachine;
import statewise.engine.run.mock.MockConfig;
import statewise.engine.run.mock.MockConfigReader;
import statewise.engine.run.mock.MockResponse;

class MockFileEditsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode skeleton(String... testCases) throws Exception {
        JsonNode file = JSON.createObjectNode();
        for (String testCase : testCases) {
            file = MockFileEdits.addTestCase(file, SuiteRunnerTest.order(), "Order", testCase);
        }
        return file;
    }

    private static MockConfig read(JsonNode file) {
        MockConfigReader.Result read = MockConfigReader.read(file.toString(), "order.mocks.json");
        assertNotNull(read.config(), read.diagnostics().toString());
        return read.config();
    }

    @Test
    void addingATestCaseThatExistsIsRefused() throws Exception {
        JsonNode file = skeleton("Happy");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> MockFileEdits.addTestCase(file, SuiteRunnerTest.order(), "Order", "Happy"));
        assertEquals("There is already a test case 'Happy'.", refused.getMessage());
    }

    @Test
    void removingATestCaseRemovesTheResponsesOnlyItUsed() throws Exception {
        JsonNode file = skeleton("Happy", "Declined");
        String before = file.toString();

        JsonNode removed = MockFileEdits.removeTestCase(file, "Order", "Declined");

        assertEquals(before, file.toString(), "the argument stays as it was");
        assertEquals(List.of("Happy"), MockFileEdits.testCases(removed, "Order"));
        assertEquals(Set.of("ValidateOrderHappy", "ChargeCardHappy", "PackItemHappy"),
                read(removed).responses().keySet());
    }

    @Test
    void renameTestCaseKeepsItsPlaceAndRefusesATakenName() throws Exception {
        JsonNode file = skeleton("A", "B", "C");

        JsonNode renamed = MockFileEdits.renameTestCase(file, "Order", "B", "Bee");

        assertEquals(List.of("A", "Bee", "C"), MockFileEdits.testCases(renamed, "Order"));
        assertEquals(MockFileEdits.mapping(file, "Order", "B"), MockFileEdits.mapping(renamed, "Order", "Bee"));
        assertThrows(IllegalArgumentException.class, () -> MockFileEdits.renameTestCase(file, "Order", "B", "C"));
        assertThrows(IllegalArgumentException.class, () -> MockFileEdits.renameTestCase(file, "Order", "B", " "));
    }

    @Test
    void unmockAndMockAStateAgainGivesItAFreshPlaceholder() throws Exception {
        StateMachine order = SuiteRunnerTest.order();
        JsonNode file = skeleton("Happy");

        JsonNode unmocked = MockFileEdits.unmockState(file, "Order", "Happy", "ChargeCard");
        MockCases.Coverage coverage = MockCases.coverage(read(unmocked), order, "Order", "Happy");
        assertEquals(List.of("ChargeCard"), coverage.unmocked());
        assertFalse(unmocked.path("MockedResponses").has("ChargeCardHappy"));

        JsonNode mocked = MockFileEdits.mockState(unmocked, order, "Order", "Happy", "ChargeCard");
        assertTrue(MockCases.coverage(read(mocked), order, "Order", "Happy").complete());
        assertEquals("{\"0\":{\"Return\":{\"ExecutedVersion\":\"$LATEST\",\"Payload\":{},\"StatusCode\":200}}}",
                mocked.at("/MockedResponses/ChargeCardHappy").toString());
    }

    @Test
    void mockingAStateThatIsNoTaskIsRefused() throws Exception {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> MockFileEdits.mockState(skeleton("Happy"), SuiteRunnerTest.order(), "Order", "Happy", "Nope"));
        assertEquals("'Nope' is not a Task state of this workflow.", refused.getMessage());
    }

    @Test
    void answerBecomesAThrowThatTheRunnerRaises() throws Exception {
        JsonNode file = MockFileEdits.setAnswer(skeleton("Happy"), "ChargeCardHappy", "0",
                new MockResponse.Throw("Card.Declined", "no funds"));

        assertEquals("{\"Throw\":{\"Error\":\"Card.Declined\",\"Cause\":\"no funds\"}}",
                MockFileEdits.answer(file, "ChargeCardHappy", "0").toString());
        assertEquals(new MockResponse.Throw("Card.Declined", "no funds"),
                read(file).responses().get("ChargeCardHappy").entries().get(0).response());
    }

    @Test
    void addedInvocationFollowsTheLastRangeAndCopiesItsAnswer() throws Exception {
        JsonNode file = MockFileEdits.setAnswer(skeleton("Happy"), "PackItemHappy", "1-3",
                new MockResponse.Return(JSON.readTree("{\"packed\": true}")));

        MockFileEdits.Added added = MockFileEdits.addInvocation(file, "PackItemHappy");

        assertEquals("4", added.key());
        assertEquals(List.of("0", "1-3", "4"), MockFileEdits.invocations(added.file(), "PackItemHappy"));
        assertEquals("{\"Return\":{\"packed\":true}}", MockFileEdits.answer(added.file(), "PackItemHappy", "4")
                .toString());
        read(added.file());
    }

    @Test
    void theLastAnswerOfAResponseCannotBeRemoved() throws Exception {
        JsonNode file = skeleton("Happy");
        JsonNode two = MockFileEdits.addInvocation(file, "PackItemHappy").file();

        assertEquals(List.of("1"), MockFileEdits.invocations(MockFileEdits.removeInvocation(two, "PackItemHappy",
                "0"), "PackItemHappy"));
        assertThrows(IllegalArgumentException.class, () -> MockFileEdits.removeInvocation(file, "PackItemHappy",
                "0"));
    }

    @Test
    void usersOfASharedResponseAreListed() throws Exception {
        JsonNode file = JSON.readTree("""
                {"StateMachines": {"Order": {"TestCases": {"A": {"ChargeCard": "Paid"}, "B": {"ChargeCard": "Paid"},
                  "C": {"ChargeCard": "Declined"}}}},
                 "MockedResponses": {"Paid": {"0": {"Return": {}}}, "Declined": {"0": {"Return": {}}}}}""");

        assertEquals(List.of("Order/A", "Order/B"), MockFileEdits.usersOf(file, "Paid"));
        assertEquals(Map.of("ChargeCard", "Declined"), MockFileEdits.mapping(file, "Order", "C"));
    }
}
