package statewise.engine.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import statewise.engine.document.DocumentFormat;
import statewise.engine.model.StateMachine;
import statewise.engine.parse.AslParser;
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
        assertEquals("{\"0\":{\"Return\":{\"ExecutedVersion\":\"$LATEST\",\"Payload\":{},\"StatusCode\":200}}}",
                skeleton.at("/MockedResponses/ChargeCardDraft").toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            arn:aws:lambda:us-east-1:111111111111:function:fn      | {}
            arn:aws:states:::http:invoke                           | {"Headers":{},"ResponseBody":{},"StatusCode":200,\
            "StatusText":"OK"}
            arn:aws:states:::lambda:invoke.waitForTaskToken        | {}
            arn:aws:states:us-east-1:111111111111:activity:approve | {}
            arn:aws:states:::dynamodb:getItem                      | {}
            """)
    void responseIsShapedAsTheIntegrationAnswers(String resource, String expected) throws Exception {
        assertEquals(expected, placeholder(resource).toString());
    }

    @Test
    void nestedExecutionsAnswerAsStartAndDescribeExecutionDo() throws Exception {
        String arn = "arn:aws:states:::states:startExecution";
        assertEquals(List.of("ExecutionArn", "StartDate"), fields(placeholder(arn)));
        assertEquals("{}", placeholder(arn + ".sync").get("Output").textValue());
        assertEquals("{}", placeholder(arn + ".sync:2").get("Output").toString());
        assertEquals("SUCCEEDED", placeholder(arn + ".sync:2").get("Status").textValue());
    }

    private static JsonNode placeholder(String resource) throws Exception {
        StateMachine machine = AslParser.parse("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s", "End": true}}}"""
                .formatted(resource), DocumentFormat.JSON).stateMachine();
        return MockSkeleton.addTestCase(JSON.createObjectNode(), machine, "M", "Draft")
                .at("/MockedResponses/TDraft/0/Return");
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
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
