package statewise.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.edit.StateRef;
import statewise.engine.parse.AslParser;
import statewise.engine.validate.Validator;

class StateEditsTest {

    private static final String MACHINE = """
            {
              "StartAt": "Charge",
              "States": {
                "Charge": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Next": "Route"
                },
                "Route": {
                  "Type": "Choice",
                  "Choices": [
                    {"Variable": "$.total", "NumericGreaterThan": 100, "Next": "Done"},
                    {"Variable": "$.vip", "BooleanEquals": true, "Next": "Charge"}
                  ],
                  "Default": "Done"
                },
                "Done": {"Type": "Succeed"}
              }
            }
            """;
    private static final AslDocument DOCUMENT = AslParser.parse(MACHINE, DocumentFormat.JSON);
    private static final StateRef CHARGE = StateRef.top("Charge");

    @Test
    void settingTimeoutWritesOnlyThatMember() {
        FormOutcome outcome = StateEdits.change(DOCUMENT, CHARGE, FieldChange.set("/TimeoutSeconds",
                FieldKind.INTEGER.parse("30").value()));

        FormOutcome.Applied applied = assertInstanceOf(FormOutcome.Applied.class, outcome);
        assertEquals(MACHINE.replace("\"Next\": \"Route\"", "\"TimeoutSeconds\": 30,\n      \"Next\": \"Route\""),
                applied.result().text());
        assertEquals("Set TimeoutSeconds of 'Charge'", applied.result().label());
    }

    @Test
    void emptyTextRemovesTheField() {
        FormOutcome outcome = StateEdits.change(DOCUMENT, StateRef.top("Route"),
                new FieldChange("/Default", FieldKind.STATE.parse("").value()));

        String text = assertInstanceOf(FormOutcome.Applied.class, outcome).result().text();
        assertTrue(!text.contains("\"Default\""), text);
    }

    @Test
    void aValueThatAddsAnErrorIsRefusedWithTheValidatorsReason() {
        FormOutcome outcome = StateEdits.change(DOCUMENT, CHARGE, FieldChange.set("/TimeoutSeconds",
                JsonNodeFactory.instance.numberNode(-5)));

        FormOutcome.Refused refused = assertInstanceOf(FormOutcome.Refused.class, outcome);
        assertTrue(refused.reason().contains("TimeoutSeconds"), refused.reason());
    }

    @Test
    void sameValueChangesNothing() {
        FormOutcome outcome = StateEdits.change(DOCUMENT, CHARGE, FieldChange.set("/Resource",
                JsonNodeFactory.instance.textNode("arn:aws:states:::lambda:invoke")));

        assertInstanceOf(FormOutcome.Unchanged.class, outcome);
    }

    @Test
    void pickingAnIntegrationSetsResourceAndRequestInOneStep() {
        InspectedState task = InspectedState.of(DOCUMENT, List.of(), "/States/Charge");
        Integration sns = Integration.ALL.stream().filter(i -> i.label().startsWith("SNS")).findFirst().orElseThrow();

        FormOutcome outcome = StateEdits.changeAll(DOCUMENT, CHARGE, IntegrationChoice.changes(task, sns), "Use SNS");

        FormOutcome.Applied applied = assertInstanceOf(FormOutcome.Applied.class, outcome);
        assertEquals("Use SNS", applied.result().label());
        String text = applied.result().text();
        assertTrue(text.contains("\"Resource\": \"arn:aws:states:::sns:publish\""), text);
        assertTrue(text.contains("\"TopicArn\": \"${TopicArn}\""), text);
        assertTrue(Validator.validate(applied.result().document()).stream().noneMatch(d -> d.isError()), text);
    }

    @Test
    void endingTheWorkflowIsRefusedWhenItStrandsTheNextState() {
        FormOutcome outcome = StateEdits.changeAll(DOCUMENT, CHARGE, Transitions.end(), "End here");

        String reason = assertInstanceOf(FormOutcome.Refused.class, outcome).reason();
        assertTrue(reason.contains("Route"), reason);
    }

    @Test
    void goingOnReplacesEnd() {
        AslDocument ending = AslParser.parse("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Pass", "End": true},
                 "C": {"Type": "Succeed"}}}""", DocumentFormat.JSON);

        FormOutcome outcome = StateEdits.changeAll(ending, StateRef.top("B"), Transitions.next("C"), "Go on");

        String text = assertInstanceOf(FormOutcome.Applied.class, outcome).result().text();
        assertTrue(text.contains("\"B\": {\"Type\": \"Pass\", \"Next\": \"C\"}"), text);
    }

    @Test
    void theFirstCatcherAndRetrierWriteTheirArrays() {
        InspectedState task = InspectedState.of(DOCUMENT, List.of(), "/States/Charge");

        FormOutcome outcome = StateEdits.changeAll(DOCUMENT, CHARGE, List.of(
                Recovery.append("/Catch", task.tree().path("Catch"), Recovery.newCatcher("Done", false)),
                Recovery.append("/Retry", task.tree().path("Retry"), Recovery.newRetrier())), "Handle errors");

        AslDocument after = assertInstanceOf(FormOutcome.Applied.class, outcome).result().document();
        InspectedState handled = InspectedState.of(after, List.of(), "/States/Charge");
        assertEquals(1, handled.tree().path("Catch").size(), handled.tree().toString());
        assertTrue(handled.tree().path("Retry").isArray(), handled.tree().toString());
        assertEquals("/Catch/1", Recovery.append("/Catch", handled.tree().path("Catch"),
                Recovery.newCatcher("Done", false)).field());
    }

    @Test
    void removingTheLastRetrierRemovesTheField() {
        InspectedState task = InspectedState.of(DOCUMENT, List.of(), "/States/Charge");
        FormOutcome added = StateEdits.changeAll(DOCUMENT, CHARGE, List.of(Recovery.append("/Retry",
                task.tree().path("Retry"), Recovery.newRetrier())), "Add a retrier");
        AslDocument withRetry = assertInstanceOf(FormOutcome.Applied.class, added).result().document();
        JsonNode retry = InspectedState.of(withRetry, List.of(), "/States/Charge").tree().path("Retry");
        assertEquals(1, retry.size(), retry.toString());

        FormOutcome removed = StateEdits.changeAll(withRetry, CHARGE, List.of(Recovery.removeEntry("/Retry/0", retry)),
                "Remove a retrier");

        AslDocument after = assertInstanceOf(FormOutcome.Applied.class, removed).result().document();
        assertTrue(InspectedState.of(after, List.of(), "/States/Charge").tree().path("Retry").isMissingNode(),
                InspectedState.of(after, List.of(), "/States/Charge").tree().toString());
        assertEquals("/Retry/1", Recovery.removeEntry("/Retry/1", Recovery.errors("A, B")).field());
    }

    @Test
    void renameStateRewritesChoiceTargets() {
        FormOutcome outcome = StateEdits.rename(DOCUMENT, CHARGE, "Bill");

        String text = assertInstanceOf(FormOutcome.Applied.class, outcome).result().text();
        assertTrue(text.contains("\"StartAt\": \"Bill\"") && text.contains("\"Next\": \"Bill\""), text);
    }

    @Test
    void changingAnOperatorKeepsTheRuleValid() {
        InspectedState route = InspectedState.of(DOCUMENT, List.of(), "/States/Route");
        FieldChange change = ChoiceRules.changeOperator(route.tree().at("/Choices/0"), "/Choices/0",
                statewise.engine.model.ComparisonOperator.NUMERIC_LESS_THAN);

        String text = assertInstanceOf(FormOutcome.Applied.class,
                StateEdits.change(DOCUMENT, StateRef.top("Route"), change)).result().text();
        assertTrue(text.contains("\"NumericLessThan\": 100"), text);
    }

    @Test
    void movingARuleDownReordersTheChoices() {
        InspectedState route = InspectedState.of(DOCUMENT, List.of(), "/States/Route");

        FormOutcome outcome = StateEdits.changeAll(DOCUMENT, StateRef.top("Route"),
                ChoiceRules.move(route.tree().path("Choices"), 0, 1), "Move");

        String text = assertInstanceOf(FormOutcome.Applied.class, outcome).result().text();
        assertTrue(text.indexOf("$.vip") < text.indexOf("$.total"), text);
    }

    @Test
    void wrappingARuleInNotKeepsItsTarget() {
        InspectedState route = InspectedState.of(DOCUMENT, List.of(), "/States/Route");

        FormOutcome outcome = StateEdits.change(DOCUMENT, StateRef.top("Route"),
                ChoiceRules.wrap(route.tree().at("/Choices/1"), 1, "Not"));

        InspectedState after = InspectedState.of(
                assertInstanceOf(FormOutcome.Applied.class, outcome).result().document(), List.of(), "/States/Route");
        assertEquals("Charge", after.tree().at("/Choices/1/Next").asText());
        assertEquals("$.vip", after.tree().at("/Choices/1/Not/Variable").asText());
    }

    @Test
    void textKindsParseAsTheFieldNeeds() {
        assertEquals("null", FieldKind.PATH.parse("null").value().toString());
        assertEquals("{% $x %}", FieldKind.INTEGER.parse("{% $x %}").value().asText());
        assertTrue(FieldKind.INTEGER.parse("1.5").problem() != null);
        assertTrue(FieldKind.JSON.parse("{\"a\": }").problem().startsWith("Not valid JSON"));
        assertTrue(FieldKind.TEXT.parse("  ").remove());
    }
}
