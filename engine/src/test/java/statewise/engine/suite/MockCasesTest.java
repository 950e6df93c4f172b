package statewise.engine.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import statewise.engine.run.mock.MockConfig;
import statewise.engine.run.mock.MockConfigReader;

/** The mock editor's view of a mock file against the definition: test cases, mocked and unmocked Task states. */
class MockCasesTest {

    @Test
    void listsAStateMachinesTestCasesSorted() throws Exception {
        assertThat(MockCases.testCases(config(), "Order"))
                .containsExactly("BigOrder", "Declined", "FlakyCard", "HappyPath", "NoStock");
        assertThat(MockCases.testCases(config(), "Other")).isEmpty();
    }

    @Test
    void saysWhichTaskStatesATestCaseMocksAndWhichNot() throws Exception {
        MockCases.Coverage declined = MockCases.coverage(config(), SuiteRunnerTest.order(), "Order", "Declined");
        assertThat(declined.mocked()).containsExactly(Map.entry("ValidateOrder", "InStock"),
                Map.entry("ChargeCard", "DeclinedCard"));
        assertThat(declined.unmocked()).containsExactly("PackItem");
        assertThat(declined.complete()).isFalse();
        assertThat(MockCases.coverage(config(), SuiteRunnerTest.order(), "Order", "HappyPath").complete()).isTrue();
    }

    @Test
    void namesMockedStatesTheDefinitionNoLongerHas() throws Exception {
        MockConfig renamed = MockConfigReader.read("""
                {"StateMachines": {"Order": {"TestCases": {"Old": {"Validate": "R", "ChargeCard": "R"}}}},
                 "MockedResponses": {"R": {"0": {"Return": {}}}}}""", "mocks.json").config();
        MockCases.Coverage old = MockCases.coverage(renamed, SuiteRunnerTest.order(), "Order", "Old");
        assertThat(old.unknown()).isEqualTo(List.of("Validate"));
        assertThat(old.unmocked()).containsExactly("ValidateOrder", "PackItem");
    }

    @Test
    void missingTestCaseIsRefusedNamingTheOnesThereAre() {
        assertThatThrownBy(() -> MockCases.coverage(config(), SuiteRunnerTest.order(), "Order", "Nope"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no test case 'Nope'")
                .hasMessageContaining("HappyPath");
    }

    private static MockConfig config() throws Exception {
        return MockConfigReader.read(SuiteRunnerTest.resource("order.mocks.json"), "order.mocks.json").config();
    }
}
