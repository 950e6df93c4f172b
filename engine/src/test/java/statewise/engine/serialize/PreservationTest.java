package statewise.engine.serialize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.Condition;
import statewise.engine.model.Expressible;
import statewise.engine.model.StateMachine;
import statewise.engine.model.TaskState;
import statewise.engine.parse.AslParser;

/** What the model keeps verbatim (extras, invalid states, placeholders, expressions) is written back unchanged. */
class PreservationTest {

    private static final String EXTRAS_EVERYWHERE = """
            {
              "X-Top": {"a": [1, {"b": null}]},
              "StartAt": "M",
              "States": {
                "M": {
                  "Type": "Map",
                  "X-State": true,
                  "ItemReader": {"Resource": "r", "X-Reader": 1, "ReaderConfig": {"X-Config": 2}},
                  "ItemBatcher": {"X-Batcher": 3},
                  "ResultWriter": {"X-Writer": 4, "WriterConfig": {"X-WriterConfig": 5}},
                  "ItemProcessor": {
                    "X-Processor": 6,
                    "ProcessorConfig": {"Mode": "DISTRIBUTED", "X-ProcessorConfig": 7},
                    "StartAt": "P",
                    "States": {
                      "P": {"Type": "Parallel", "End": true, "Branches": [
                        {"X-Branch": 8, "StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [
                          {"Variable": "$.x", "StringEquals": "a", "Next": "S", "X-Rule": 9,
                           "X-Nested": {"And": 1}},
                          {"And": [{"Variable": "$.y", "IsPresent": true, "X-Inner": 10}], "Next": "S"}
                        ]}, "S": {"Type": "Succeed", "X-Succeed": 11}}}
                      ]}
                    }
                  },
                  "Retry": [{"ErrorEquals": ["E"], "X-Retrier": 12}],
                  "Catch": [{"ErrorEquals": ["E"], "Next": "F", "X-Catcher": 13}],
                  "Next": "F"
                },
                "F": {"Type": "Fail", "Error": "E", "X-Fail": 14}
              }
            }
            """;

    private static final String INVALID_STATES = """
            {
              "StartAt": "A",
              "States": {
                "A": {"Type": "Pass", "Next": "Unknown type"},
                "Unknown type": {"Type": "Nope", "Next": "No type", "Whatever": [1, "two"]},
                "No type": {"Next": "Not an object", "Comment": "c"},
                "Not an object": "just a string",
                "Typed wrongly": {"Type": 7}
              }
            }
            """;

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void unknownFieldsSurviveAtEveryLevel(DocumentFormat format) {
        assertSurvives(EXTRAS_EVERYWHERE, format);
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void invalidStatesSurviveAsWritten(DocumentFormat format) {
        assertSurvives(INVALID_STATES, format);
    }

    @Test
    void invalidStatesKeepTheirTextInCanonicalJson() {
        String canonical = AslSerializer.json().convert(AslParser.parse(INVALID_STATES, DocumentFormat.JSON))
                .orElseThrow();
        assertTrue(canonical.contains("""
                    "Not an object": "just a string",
                    "Typed wrongly": {
                      "Type": 7
                    }
                """), canonical);
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void placeholdersAndExpressionsSurvive(DocumentFormat format) {
        String definition = """
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "${FunctionArn}",
                 "TimeoutSeconds": "${Timeout}", "HeartbeatSeconds": "{% $states.input.beat %}",
                 "Retry": [{"ErrorEquals": ["E"], "BackoffRate": "${Rate}"}], "Next": "W"},
                 "W": {"Type": "Wait", "Seconds": "${Wait}", "End": true}}}""";
        StateMachine machine = assertSurvives(definition, format);
        TaskState task = (TaskState) machine.states().get("T");
        assertEquals(new Expressible.Placeholder<Long>("${Timeout}"), task.timeoutSeconds());
        String text = AslSerializer.of(format).write(machine);
        assertTrue(text.contains("${Rate}") && text.contains("${Wait}") && text.contains("{% $states.input.beat %}"),
                text);
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void nullPathsStayNull(DocumentFormat format) {
        StateMachine machine = assertSurvives("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "InputPath": null, "ResultPath": null,
                 "OutputPath": null, "End": true}}}""", format);
        String text = AslSerializer.of(format).write(machine);
        assertTrue(text.contains(format == DocumentFormat.JSON ? "\"OutputPath\": null" : "OutputPath: null"), text);
    }

    @Test
    void aSecondTestInARuleStaysSecond() {
        StateMachine machine = assertSurvives("""
                {"StartAt": "C", "States": {"C": {"Type": "Choice", "Default": "C", "Choices": [
                 {"NumericEquals": 1, "Next": "C", "StringEquals": "a", "Variable": "$.x"}]}}}""",
                DocumentFormat.JSON);
        ChoiceState choice = (ChoiceState) machine.states().get("C");
        Condition condition = Objects.requireNonNull(choice.choices()).get(0).condition();
        assertEquals("NumericEquals", assertInstanceOf(Condition.Comparison.class, condition).operator().aslName());
    }

    @Test
    void wrongShapedCombinatorKeepsItsValue() {
        String text = AslSerializer.json().write(assertSurvives("""
                {"StartAt": "C", "States": {"C": {"Type": "Choice", "Default": "C", "Choices": [
                 {"And": "not a list", "Next": "C"}]}}}""", DocumentFormat.JSON));
        assertEquals(List.of("And", "Next"), KeySequences.of(text, DocumentFormat.JSON).get("/States/C/Choices/0"));
        assertTrue(text.contains("\"And\": \"not a list\""), text);
    }

    @Test
    void aMissingStatesStaysMissingWhenTheHintSaysSo() {
        AslDocument document = AslParser.parse("{\"StartAt\": \"A\"}", DocumentFormat.JSON);
        assertEquals("{\n  \"StartAt\": \"A\"\n}\n", AslSerializer.json().convert(document).orElseThrow());
    }

    /** Writes the definition's model, reads it back, and checks the models are equal. */
    private static StateMachine assertSurvives(String definition, DocumentFormat format) {
        StateMachine machine = Objects.requireNonNull(AslParser.parse(definition, DocumentFormat.JSON).stateMachine());
        String text = AslSerializer.of(format).write(machine);
        assertEquals(machine, AslParser.parse(text, format).stateMachine(), text);
        return machine;
    }
}
