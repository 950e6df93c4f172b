package statewise.engine.serialize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.parse.AslParser;

/** Converting a whole document between JSON and YAML keeps its model and its key order. */
class ConversionTest {

    private static final String JSON = """
            {
              "StartAt": "Ask",
              "Comment": "authored order, not the conventional one",
              "States": {
                "Ask": {
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Type": "Task",
                  "Parameters": {
                    "FunctionName": "f",
                    "Payload.$": "$"
                  },
                  "End": true,
                  "Retry": [
                    {
                      "MaxAttempts": 2,
                      "ErrorEquals": [
                        "States.ALL"
                      ]
                    }
                  ]
                }
              }
            }
            """;

    @Test
    void jsonToYamlAndBackGivesTheSameText() {
        String yaml = AslSerializer.yaml().convert(AslParser.parse(JSON, DocumentFormat.JSON)).orElseThrow();
        String json = AslSerializer.json().convert(AslParser.parse(yaml, DocumentFormat.YAML)).orElseThrow();
        assertEquals(JSON, json);
    }

    @Test
    void yamlKeepsTheAuthoredOrder() {
        String yaml = AslSerializer.yaml().convert(AslParser.parse(JSON, DocumentFormat.JSON)).orElseThrow();
        assertEquals(KeySequences.of(JSON, DocumentFormat.JSON), KeySequences.of(yaml, DocumentFormat.YAML));
    }

    @Test
    void singleStateConverts() {
        AslDocument state = AslParser.parseState("""
                Resource: r
                Type: Task
                End: true
                """, DocumentFormat.YAML);
        assertEquals("""
                {
                  "Resource": "r",
                  "Type": "Task",
                  "End": true
                }
                """, AslSerializer.json().convert(state).orElseThrow());
    }

    @Test
    void documentWithSyntaxErrorsIsNotConverted() {
        AslDocument broken = AslParser.parse("{\"StartAt\": \"A\", \"States\": {", DocumentFormat.JSON);
        assertTrue(AslSerializer.yaml().convert(broken).isEmpty());
    }

    @Test
    void documentThatIsNotAnObjectIsNotConverted() {
        AslDocument array = AslParser.parse("[1, 2]", DocumentFormat.JSON);
        assertTrue(AslSerializer.yaml().convert(array).isEmpty());
    }
}
