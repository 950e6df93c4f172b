package statewise.engine.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static statewise.engine.edit.EditFixture.FAN_OUT;
import static statewise.engine.edit.EditFixture.LEFT_BRANCH;
import static statewise.engine.edit.EditFixture.ORDERS;
import static statewise.engine.edit.EditFixture.apply;
import static statewise.engine.edit.EditFixture.assertUndoneToSameText;
import static statewise.engine.edit.EditFixture.denial;
import static statewise.engine.edit.EditFixture.errors;
import static statewise.engine.edit.EditFixture.json;
import static statewise.engine.edit.EditFixture.yaml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import statewise.engine.document.AslDocument;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.StateMachine;
import statewise.engine.model.TaskState;

class RenameStateTest {

    @Test
    void renameStateRewritesStartAtAndDefault() {
        AslDocument document = json(ORDERS);
        StateMachine after = apply(document, new RenameState(StateRef.top("Check"), "Route")).model();
        assertThat(after.startAt()).isEqualTo("Route");
        assertThat(after.states()).containsKey("Route").doesNotContainKey("Check");
        assertThat(after.states().keySet()).containsExactly("Route", "Charge", "Ship", "Done", "Reject");
    }

    @Test
    void renameStateRewritesChoiceRulesDefaultAndCatchTargets() {
        AslDocument document = json(ORDERS);
        StateMachine after = apply(document, new RenameState(StateRef.top("Charge"), "Take payment")).model();
        ChoiceState check = (ChoiceState) after.states().get("Check");
        assertThat(check.choices().get(0).next()).isEqualTo("Take payment");
        assertThat(check.defaultState()).isEqualTo("Take payment");
        StateMachine rejected = apply(document, new RenameState(StateRef.top("Reject"), "Refuse")).model();
        TaskState charge = (TaskState) rejected.states().get("Charge");
        assertThat(charge.catchers().get(0).next()).isEqualTo("Refuse");
        assertThat(((ChoiceState) rejected.states().get("Check")).choices().get(1).next()).isEqualTo("Refuse");
    }

    @Test
    void renameStateChangesOnlyTheNameAndItsReferences() {
        AslDocument document = json(ORDERS);
        EditResult result = apply(document, new RenameState(StateRef.top("Ship"), "Send"));
        assertThat(result.textEdits()).hasSize(2).allSatisfy(e -> assertThat(e.replacement()).isEqualTo("\"Send\""));
        assertThat(result.text()).isEqualTo(ORDERS.replace("\"Ship\"", "\"Send\""));
        assertThat(errors(result.document())).isEmpty();
        assertUndoneToSameText(document, result);
    }

    @Test
    void renameStateInBranchStaysInsideTheBranch() {
        AslDocument document = json(FAN_OUT);
        EditResult result = apply(document, new RenameState(new StateRef(LEFT_BRANCH, "Left"), "Left start"));
        assertThat(result.text()).isEqualTo(FAN_OUT.replace("\"Left\"", "\"Left start\""));
        assertThat(result.changed()).allSatisfy(p -> assertThat(p).startsWith(LEFT_BRANCH));
    }

    @Test
    void renameStateInYamlKeepsComments() {
        String text = """
                # the order flow
                StartAt: Ship   # first
                States:
                  Ship:
                    Type: Pass  # moves it
                    Next: Done
                  Done:
                    Type: Succeed
                """;
        AslDocument document = yaml(text);
        EditResult result = apply(document, new RenameState(StateRef.top("Ship"), "Send it"));
        assertThat(result.text()).isEqualTo(text.replace("Ship", "Send it"));
        assertUndoneToSameText(document, result);
    }

    @Test
    void renameStateRefusesATakenName() {
        assertThat(denial(json(ORDERS), new RenameState(StateRef.top("Ship"), "Done")))
                .contains("'Done' already exists");
        assertThat(denial(json(FAN_OUT), new RenameState(new StateRef(LEFT_BRANCH, "Left"), "Prepare")))
                .contains("unique across the whole state machine");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " Ship", "Line\nbreak",
            "A name that is much too long for AWS Step Functions, which allows only eighty chars"})
    void renameStateRefusesNamesTheValidatorRejects(String name) {
        assertThat(denial(json(ORDERS), new RenameState(StateRef.top("Ship"), name))).startsWith("A state name");
    }

    @Test
    void renameStateRefusesAStateThatIsNotThere() {
        assertThat(denial(json(ORDERS), new RenameState(StateRef.top("Nowhere"), "Somewhere")))
                .isEqualTo("There is no state 'Nowhere' here.");
        assertThat(denial(json(ORDERS), new RenameState(new StateRef("/States/Ship/Branches/0", "Ship"), "X")))
                .startsWith("There is no state graph");
    }

    @Test
    void renameStateHasAMenuLabel() {
        assertThat(new RenameState(StateRef.top("A"), "B").label()).isEqualTo("Rename state 'A' to 'B'");
    }
}
