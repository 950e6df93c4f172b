package statewise.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.parse.AslParser;
import statewise.engine.validate.Validator;

class MachineEditsTest {

    private static final String MACHINE = """
            {
              "Comment": "Charges a card",
              "StartAt": "Charge",
              "States": {
                "Charge": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Next": "Done"
                },
                "Done": {"Type": "Succeed"}
              }
            }
            """;
    private static final AslDocument DOCUMENT = AslParser.parse(MACHINE, DocumentFormat.JSON);

    @Test
    void settingTheTimeoutWritesOnlyThatMember() {
        FormOutcome outcome = change("/TimeoutSeconds", FieldKind.INTEGER, "3600");

        FormOutcome.Applied applied = assertInstanceOf(FormOutcome.Applied.class, outcome);
        String text = applied.result().text();
        assertTrue(text.contains("\"TimeoutSeconds\": 3600"), text);
        assertEquals(MACHINE.replace("\"Done\": {\"Type\": \"Succeed\"}\n  }", "\"Done\": {\"Type\": \"Succeed\"}\n  },\n"
                + "  \"TimeoutSeconds\": 3600"), text);
        assertEquals("Set TimeoutSeconds of the workflow", applied.result().label());
    }

    @Test
    void pickingTheFirstStateOfAChainNothingReachedRewritesStartAt() {
        String unreached = MACHINE.replace("\"States\": {\n", "\"States\": {\n    \"Pause\": {\"Type\": \"Wait\", "
                + "\"Seconds\": 5, \"Next\": \"Charge\"},\n");
        AslDocument document = AslParser.parse(unreached, DocumentFormat.JSON);

        FormOutcome outcome = MachineEdits.change(document, null, "/StartAt", FieldKind.STATE.parse("Pause"),
                "StartAt", new NewErrors());

        String text = assertInstanceOf(FormOutcome.Applied.class, outcome).result().text();
        assertEquals(unreached.replace("\"StartAt\": \"Charge\"", "\"StartAt\": \"Pause\""), text);
    }

    @Test
    void aFirstStateThatLeavesOthersUnreachableIsRefusedWithTheValidatorsReason() {
        FormOutcome outcome = change("/StartAt", FieldKind.STATE, "Done");

        assertTrue(assertInstanceOf(FormOutcome.Refused.class, outcome).reason().contains("Charge"),
                outcome.toString());
    }

    @Test
    void emptyTextRemovesTheComment() {
        FormOutcome outcome = change("/Comment", FieldKind.TEXT, "");

        FormOutcome.Applied applied = assertInstanceOf(FormOutcome.Applied.class, outcome);
        assertTrue(!applied.result().text().contains("Comment"), applied.result().text());
        assertEquals("Remove Comment of the workflow", applied.result().label());
    }

    @Test
    void aWorkflowWithoutFirstStateIsRefused() {
        FormOutcome outcome = change("/StartAt", FieldKind.STATE, "");

        assertEquals("A workflow needs a first state: pick one for StartAt.",
                assertInstanceOf(FormOutcome.Refused.class, outcome).reason());
    }

    @Test
    void aTimeoutThatIsNotAPositiveWholeNumberIsRefused() {
        for (String text : List.of("0", "{% 60 %}", "soon")) {
            FormOutcome outcome = change("/TimeoutSeconds", FieldKind.INTEGER, text);

            assertTrue(assertInstanceOf(FormOutcome.Refused.class, outcome).reason().startsWith("TimeoutSeconds: "),
                    text);
        }
    }

    @Test
    void switchingTheQueryLanguageIsRefusedWhenStatesUseFieldsOfTheOther() {
        String jsonPath = MACHINE.replace("\"Next\": \"Done\"", "\"ResultPath\": \"$.r\",\n      \"Next\": \"Done\"");
        AslDocument document = AslParser.parse(jsonPath, DocumentFormat.JSON);

        FormOutcome outcome = MachineEdits.change(document, null, "/QueryLanguage",
                FieldKind.CHOICE.parse("JSONata"), "QueryLanguage", new NewErrors());

        assertInstanceOf(FormOutcome.Refused.class, outcome);
    }

    @Test
    void theSameValueChangesNothing() {
        assertInstanceOf(FormOutcome.Unchanged.class, change("/Comment", FieldKind.TEXT, "Charges a card"));
    }

    @Test
    void theInspectedFieldsAreReadFromTheDocument() {
        AslDocument document = AslParser.parse(MACHINE.replace("\"StartAt\": \"Charge\"", "\"StartAt\": \"Gone\""),
                DocumentFormat.JSON);

        InspectedMachine machine = InspectedMachine.of(document, Validator.validate(document));

        assertEquals("Charges a card", machine.value("/Comment").asText());
        assertNull(machine.value("/TimeoutSeconds"));
        assertEquals(List.of("Charge", "Done"), machine.states());
        assertEquals(1, machine.diagnosticsOf("/StartAt").size(), machine.diagnostics().toString());
    }

    private static FormOutcome change(String field, FieldKind kind, String text) {
        return MachineEdits.change(DOCUMENT, null, field, kind.parse(text), field.substring(1), new NewErrors());
    }
}
