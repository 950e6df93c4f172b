package statewise.engine.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static statewise.engine.edit.EditFixture.ORDERS;
import static statewise.engine.edit.EditFixture.apply;
import static statewise.engine.edit.EditFixture.assertUndoneToSameText;
import static statewise.engine.edit.EditFixture.denial;
import static statewise.engine.edit.EditFixture.errors;
import static statewise.engine.edit.EditFixture.json;
import static statewise.engine.edit.EditFixture.yaml;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;

/** SetStateField and RemoveStateField: what the inspector changes. */
class StateFieldEditsTest {

    private static final StateRef CHARGE = StateRef.top("Charge");

    @Test
    void setStateFieldReplacesAValueInPlace() {
        AslDocument document = json(ORDERS);
        EditResult result = apply(document, new SetStateField(CHARGE, "/Parameters/FunctionName",
                TextNode.valueOf("charge-v2")));
        assertThat(result.text()).isEqualTo(ORDERS.replace("\"charge\"", "\"charge-v2\""));
        assertThat(result.changed()).containsExactly("/States/Charge/Parameters/FunctionName");
        assertUndoneToSameText(document, result);
    }

    @Test
    void setStateFieldAddsAMemberAfterItsSiblings() {
        EditResult result = apply(json(ORDERS), new SetStateField(CHARGE, "/TimeoutSeconds", IntNode.valueOf(30)));
        assertThat(result.textEdits()).singleElement().satisfies(e -> {
            assertThat(e.length()).isZero();
            assertThat(e.replacement()).contains("\n      \"TimeoutSeconds\": 30");
        });
        assertThat(errors(result.document())).isEmpty();
    }

    @Test
    void setStateFieldCreatesMissingObjectsOnTheWay() {
        EditResult result = apply(json(ORDERS), new SetStateField(StateRef.top("Ship"), "/Parameters/Order/Id.$",
                TextNode.valueOf("$.id")));
        assertThat(result.text()).contains(
                "\"Ship\": {\"Type\": \"Pass\", \"Parameters\": {\"Order\": {\"Id.$\": \"$.id\"}},"
                        + " \"Next\": \"Done\"}");
    }

    @Test
    void setStateFieldInYamlKeepsTheCommentsAround() {
        String text = """
                StartAt: Hold
                States:
                  Hold:
                    Type: Wait
                    Seconds: 5   # short
                    End: true
                """;
        EditResult result = apply(yaml(text), new SetStateField(StateRef.top("Hold"), "/Seconds", IntNode.valueOf(60)));
        assertThat(result.text()).isEqualTo(text.replace("5   # short", "60   # short"));
    }

    @Test
    void setStateFieldRefusesAValueTheValidatorRejects() {
        assertThat(denial(json(ORDERS), new SetStateField(CHARGE, "/TimeoutSeconds", IntNode.valueOf(0))))
                .isEqualTo("Minimum value is 1 for 'TimeoutSeconds'.");
        assertThat(denial(json(ORDERS), new SetStateField(CHARGE, "/Type", TextNode.valueOf("Pass"))))
                .startsWith("A state's Type cannot be changed here");
    }

    @Test
    void setStateFieldRefusesAFieldThatMakesANameAppearTwice() {
        String parallel = """
                {"StartAt": "Both", "States": {"Both": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "One", "States": {"One": {"Type": "Pass", "End": true}}}]}}}
                """;
        var branch = JsonNodeFactory.instance.objectNode().put("StartAt", "One");
        branch.putObject("States").putObject("One").put("Type", "Pass").put("End", true);
        assertThat(denial(json(parallel), new SetStateField(StateRef.top("Both"), "/Branches/1", branch)))
                .contains("'One' would be used twice");
    }

    @Test
    void removeStateFieldTakesTheMemberWithItsComma() {
        AslDocument document = json(ORDERS);
        EditResult result = apply(document, new RemoveStateField(StateRef.top("Reject"), "/Error"));
        assertThat(result.text()).contains("\"Reject\": {\"Type\": \"Fail\"}");
        assertThat(result.removed()).containsExactly("/States/Reject/Error");
    }

    @Test
    void removeStateFieldRefusesWhatIsNotThereOrIsNeeded() {
        assertThat(denial(json(ORDERS), new RemoveStateField(CHARGE, "/TimeoutSeconds")))
                .isEqualTo("The state has no field TimeoutSeconds.");
        assertThat(denial(json(ORDERS), new RemoveStateField(CHARGE, "/Resource")))
                .isEqualTo("The field 'Resource' is required.");
    }

    @Test
    void stateFieldEditsHaveMenuLabels() {
        assertThat(new SetStateField(CHARGE, "/Parameters/FunctionName", TextNode.valueOf("f")).label())
                .isEqualTo("Set Parameters/FunctionName of 'Charge'");
        assertThat(new RemoveStateField(CHARGE, "/Retry/1").label()).isEqualTo("Remove Retry/1 from 'Charge'");
    }
}
