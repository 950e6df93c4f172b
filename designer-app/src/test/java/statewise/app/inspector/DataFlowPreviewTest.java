package statewise.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.parse.AslParser;

class DataFlowPreviewTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AslDocument DOCUMENT = AslParser.parse("""
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "InputPath": "$.order",
                "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
                "ResultSelector": {"paid.$": "$.Payload.ok"},
                "ResultPath": "$.charge",
                "Assign": {"paid.$": "$.paid"},
                "Next": "Done"},
              "Pick": {"Type": "Pass", "InputPath": "$.missing", "Next": "Done"},
              "Shape": {"Type": "Pass", "QueryLanguage": "JSONata", "Output": "{% $states.input.n * 2 %}",
                "Next": "Done"},
              "Done": {"Type": "Succeed"}}}""", DocumentFormat.JSON);

    @Test
    void taskShowsEveryStageWithTheMockedResult() throws Exception {
        PreviewResult result = preview("/States/Charge", "{\"order\": {\"id\": 7}}", "{\"Payload\": {\"ok\": true}}");

        assertEquals(List.of("input", "afterInputPath", "afterParameters", "result", "afterResultSelector",
                "afterResultPath", "output"), result.stages().stream().map(PreviewStage::key).toList());
        assertEquals(json("{\"id\": 7}"), result.stage("afterInputPath").value());
        assertEquals(json("{\"FunctionName\": \"charge\", \"Payload\": {\"id\": 7}}"),
                result.stage("afterParameters").value());
        assertEquals("SUCCEEDED", result.status(), result.toString());
        assertEquals(json("{\"order\": {\"id\": 7}, \"charge\": {\"paid\": true}}"), result.stage("output").value());
        assertEquals(json("{\"paid\": true}"), result.stage("afterResultSelector").value(), result.toString());
        assertEquals(Map.of("paid", json("true")), result.assigned());
        assertEquals("Done", result.nextState());
    }

    @Test
    void aMissingPathFailsAtInputPathWithAwsErrorName() throws Exception {
        PreviewResult result = preview("/States/Pick", "{\"a\": 1}", "");

        assertEquals("FAILED", result.status());
        assertEquals("States.Runtime", result.error());
        assertNull(result.stage("input").error());
        assertEquals(true, result.stage("afterInputPath").error().startsWith("States.Runtime"));
    }

    @Test
    void mockedTaskFailureShowsAtTheResultStage() throws Exception {
        InspectedState state = InspectedState.of(DOCUMENT, List.of(), "/States/Charge");
        PreviewResult result = DataFlowPreview.run(DOCUMENT.stateMachine(), state, "{\"order\": {}}", "",
                "States.Timeout");

        assertEquals("States.Timeout", result.error());
        assertEquals("States.Timeout: Mocked failure", result.stage("result").error());
    }

    @Test
    void jsonataStateShowsInputAndOutput() throws Exception {
        PreviewResult result = preview("/States/Shape", "{\"n\": 21}", "");

        assertEquals(42, result.stage("output").value().asInt());
        assertEquals(List.of("input", "output"), result.stages().stream().map(PreviewStage::key).toList());
    }

    @Test
    void inputThatIsNotJsonIsAProblemNotAnException() {
        PreviewResult result = preview("/States/Charge", "{oops", "");

        assertEquals(true, result.problem().startsWith("The sample input is not JSON"));
    }

    private static PreviewResult preview(String pointer, String input, String mock) {
        InspectedState state = InspectedState.of(DOCUMENT, List.of(), pointer);
        return DataFlowPreview.run(DOCUMENT.stateMachine(), state, input, mock, "");
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
