package statewise.engine.serialize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.model.StateMachine;
import statewise.engine.parse.AslParser;

/** The exact layout of the JSON and YAML text, and numbers written so that they read back equal. */
class TextLayoutTest {

    private static final String DEFINITION = """
            {"Comment": "say \\"hi\\"\\n", "StartAt": "A", "States": {"A": {"Type": "Pass", "Result": {
             "list": [1, 2.0, "x"], "empty": {}, "none": [], "nothing": null}, "ResultPath": null,
             "Next": "B"}, "B": {"Type": "Succeed"}}}""";

    @Test
    void jsonHasTwoSpaceIndentOneElementPerLineAndAFinalNewline() {
        assertEquals("""
                {
                  "Comment": "say \\"hi\\"\\n",
                  "StartAt": "A",
                  "States": {
                    "A": {
                      "Type": "Pass",
                      "Result": {
                        "list": [
                          1,
                          2.0,
                          "x"
                        ],
                        "empty": {},
                        "none": [],
                        "nothing": null
                      },
                      "ResultPath": null,
                      "Next": "B"
                    },
                    "B": {
                      "Type": "Succeed"
                    }
                  }
                }
                """, AslSerializer.json().write(machine(DEFINITION)));
    }

    @Test
    void jsonIndentCanBeChosen() {
        String text = AslSerializer.json(4).write(machine("""
                {"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}"""));
        assertEquals("""
                {
                    "StartAt": "B",
                    "States": {
                        "B": {
                            "Type": "Succeed"
                        }
                    }
                }
                """, text);
    }

    @Test
    void jsonIndentBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> AslSerializer.json(0));
    }

    @Test
    void yamlIsBlockStyleWithoutDocumentMarker() {
        assertEquals("""
                Comment: |
                  say "hi"
                StartAt: A
                States:
                  A:
                    Type: Pass
                    Result:
                      list:
                        - 1
                        - 2.0
                        - x
                      empty: {}
                      none: []
                      nothing: null
                    ResultPath: null
                    Next: B
                  B:
                    Type: Succeed
                """, AslSerializer.yaml().write(machine(DEFINITION)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2.0      | 2.0
            2        | 2
            1.5      | 1.5
            1e20     | 1.0E+20
            1.0E-7   | 1.0E-7
            1e400    | 1E+400
            12345678901234567890123 | 12345678901234567890123
            """)
    void numbersReadBackEqual(String literal, String written) {
        StateMachine machine = machine("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "r", "End": true,
                 "Retry": [{"ErrorEquals": ["E"], "BackoffRate": %s}], "Parameters": {"n": %s}}}}"""
                .formatted(literal, literal));
        for (DocumentFormat format : DocumentFormat.values()) {
            String text = AslSerializer.of(format).write(machine);
            assertEquals(machine, AslParser.parse(text, format).stateMachine(), text);
        }
        assertTrue(AslSerializer.json().write(machine).contains("\"BackoffRate\": " + written + "\n"));
    }

    private static StateMachine machine(String json) {
        AslDocument document = AslParser.parse(json, DocumentFormat.JSON);
        return Objects.requireNonNull(document.stateMachine());
    }
}
