package statewise.engine.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.run.mock.MockConfig;
import statewise.engine.run.mock.MockConfigReader;

class MockSkeletonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyTaskStateNestedOnesIncludedGetsAResponse() throws Exception {
        ObjectNode skeleton = MockSkeleton.addTestCase(JSON.createObjectNode(), SuiteRunnerTest.order(), "Order",
                "Draft");

        assertEquals(List.of("ValidateOrder", "ChargeCard", "PackItem"), MockSkeleton.taskStates(
                SuiteRunnerTest.order()));
        assertEquals("{\"ValidateOrder\":\"ValidateOrderDraft\",\"ChargeCard\":\"ChargeCardDraft\","
                + "\"PackItem\":\"PackItemDraft\"}", skeleton.at("/StateMachines/Order/TestCases/Draft").toString());
        assertEquals("{\"0\":{\"Return\":{\"StatusCode\":200,\"Payload\":{}}}}",
                skeleton.at("/MockedResponses/ChargeCardDraft").toString());
    }

    @Test
    void theSkeletonIsAValidMockFileThatKeepsWhatWasThere() throws Exception {
        String existing = SuiteRunnerTest.resource("order.mocks.json");

        ObjectNode skeleton = MockSkeleton.addTestCase(JSON.readTree(existing), SuiteRunnerTest.order(), "Order",
                "Charged");

        MockConfigReader.Result read = MockConfigReader.read(skeleton.toString(), "mocks.json");
        MockConfig config = read.config();
        assertNotNull(config, () -> read.diagnostics().toString());
        assertEquals(6, config.stateMachines().get("Order").size());
        assertEquals("ChargeCardCharged", config.stateMachines().get("Order").get("Charged").get("ChargeCard"));
        assertEquals("{\"0\":{\"Return\":{\"StatusCode\":200,\"Payload\":{\"chargeId\":\"ch_1\"}}}}",
                skeleton.at("/MockedResponses/Charged").toString());
    }
}
